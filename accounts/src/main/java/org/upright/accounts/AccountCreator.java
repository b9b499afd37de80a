package org.upright.accounts;

import org.upright.kernel.i18n.Wording;
import org.upright.kernel.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.validation.InvalidInputException;

/** Inserts an account and audits it; shared by the admin screen and the start-up demo data. */
@Component
class AccountCreator {

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final MemberEvents events;

    AccountCreator(AccountRepository accounts, AuditLog audit, MemberEvents events) {
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Account insert(String username, String displayName, String passwordHash, Role role, Long coachId) {
        if (accounts.findByUsernameIgnoreCase(username).isPresent()) {
            throw InvalidInputException.of("username", Wording.text("accounts.validation.username.taken", username));
        }
        Account account = new Account(username.strip(), displayName.strip(), passwordHash, role);
        if (coachId != null) {
            if (role != Role.MEMBER) {
                throw InvalidInputException.of("coachId", Wording.text("accounts.admin.coach-for-members"));
            }
            account.setCoach(requireEnabledCoach(coachId));
        }
        accounts.save(account);
        events.changed(account);
        audit.record(AuditAction.ACCOUNT_CREATED, AuditTarget.account(account.getId(), account.getUsername()),
                "role " + role + (coachId == null ? "" : ", coach " + account.getCoach().getUsername()));
        return account;
    }

    Account requireEnabledCoach(long coachId) {
        return accounts.findById(coachId)
                .filter(c -> c.getRole() == Role.COACH && c.isEnabled())
                .orElseThrow(() -> InvalidInputException.of("coachId",
                        Wording.text("accounts.admin.choose-enabled-coach")));
    }
}
