package org.upright.accounts;

import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.JpaSort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.validation.InputValidator;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.kernel.text.LikePatterns;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What admins do with accounts: list, create, disable and enable, reset passwords, change roles
 * and assign coaches. Every change is audited in its own transaction; admins cannot lock
 * themselves out (disable themselves or drop their own admin role).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class AccountAdminService {

    /** Grid sort keys and the query paths they sort by; anything else is ignored. */
    private static final Map<String, String> SORT_PATHS = Map.of(
            "username", "lower(a.username)", "displayName", "lower(a.displayName)", "role", "a.role",
            "enabled", "a.enabled", "createdAt", "a.createdAt", "coachName", "lower(c.displayName)");

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AccountCreator creator;
    private final PasswordLinkService links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final InputValidator validator;
    private final AuditLog audit;
    private final MemberEvents events;

    AccountAdminService(AccountRepository accounts, AccountService accountService, AccountCreator creator,
                        PasswordLinkService links, PasswordPolicy policy, PasswordEncoder encoder,
                        InputValidator validator, AuditLog audit, MemberEvents events) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.creator = creator;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.validator = validator;
        this.audit = audit;
        this.events = events;
    }

    public List<AccountRow> find(AccountFilter filter, Pageable page) {
        return accounts.search(filter.role(), filter.enabled(), LikePatterns.containing(filter.text()), translateSort(page));
    }

    public long count(AccountFilter filter) {
        return accounts.countMatching(filter.role(), filter.enabled(), LikePatterns.containing(filter.text()));
    }

    public Optional<AccountRow> findById(long accountId) {
        return accounts.findById(accountId).map(AccountAdminService::row);
    }

    /** Enabled coaches to choose from, with their current number of clients. */
    public List<CoachOption> coaches() {
        return accounts.findEnabledCoaches();
    }

    /**
     * Creates an account. With a password, it must pass the password rules; without one, the
     * result carries a one-time set-password token to hand over.
     */
    @Transactional
    public CreatedAccount create(AccountDraft draft) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (draft.password() != null) {
            policy.problem(draft.username(), draft.password()).ifPresent(p -> problems.add(new FieldProblem("password", p)));
        }
        validator.requireValid(draft, problems);
        // nobody knows this random password: the account is unusable until the link is used
        String hash = encoder.encode(draft.password() != null ? draft.password() : randomSecret());
        Account account = creator.insert(draft.username(), draft.displayName(), hash, draft.role(), draft.coachId());
        String token = draft.password() == null ? issueLink(account) : null;
        return new CreatedAccount(AccountProfile.of(account), token);
    }

    @Transactional
    public AccountRow setEnabled(long accountId, boolean enabled) {
        Account account = require(accountId);
        if (!enabled && isMe(account)) {
            throw InvalidInputException.of("enabled", Wording.text("accounts.admin.disable-self"));
        }
        if (account.isEnabled() == enabled) {
            return row(account);
        }
        account.setEnabled(enabled);
        events.changed(account);
        if (!enabled) {
            account.endOpenSessions();
        }
        audit.record(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED, target(account), null);
        return row(account);
    }

    /** Sets a new password chosen by the admin; the person's open sessions end. */
    @Transactional
    public void resetPassword(long accountId, String newPassword) {
        Account account = require(accountId);
        policy.problem(account.getUsername(), newPassword).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        account.setPasswordHash(encoder.encode(newPassword));
        account.endOpenSessions();
        links.retireLinks(account);
        audit.record(AuditAction.PASSWORD_RESET, target(account), null);
    }

    /** A fresh one-time link for the person to choose a password; older links stop working. */
    @Transactional
    public String createPasswordLink(long accountId) {
        Account account = require(accountId);
        if (!account.isEnabled()) {
            throw InvalidInputException.of("enabled", Wording.text("accounts.admin.link-needs-enabled"));
        }
        return issueLink(account);
    }

    /**
     * Gives the account another role. A member's coach is removed when they stop being a member;
     * a coach with clients keeps the role until the clients have another coach.
     */
    @Transactional
    public AccountRow changeRole(long accountId, Role role) {
        Account account = require(accountId);
        if (isMe(account) && role != Role.ADMIN) {
            throw InvalidInputException.of("role", Wording.text("accounts.admin.keep-own-admin"));
        }
        Role before = account.getRole();
        if (before == role) {
            return row(account);
        }
        if (before == Role.COACH) {
            long clients = accounts.countClientsOf(account.getId());
            if (clients > 0) {
                throw InvalidInputException.of("role",
                        Wording.text("accounts.admin.coach-has-clients", account.getDisplayName(), clients));
            }
        }
        account.setRole(role);
        if (role != Role.MEMBER) {
            account.setCoach(null);
        }
        events.changed(account);
        // the session holds the old role's rights
        account.endOpenSessions();
        audit.record(AuditAction.ROLE_CHANGED, target(account), before + " → " + role);
        return row(account);
    }

    /** Assigns the member to a coach, or removes their coach when {@code coachId} is null. */
    @Transactional
    public AccountRow assignCoach(long memberId, Long coachId) {
        Account member = requireMember(memberId);
        assign(member, coachId == null ? null : creator.requireEnabledCoach(coachId));
        return row(member);
    }

    /** Assigns every given member to one coach; returns how many changed. Anything not a member refuses the lot. */
    @Transactional
    public int assignCoachToAll(Collection<Long> memberIds, long coachId) {
        Account coach = creator.requireEnabledCoach(coachId);
        List<Account> members = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(memberIds)) {
            members.add(requireMember(id));
        }
        int changed = 0;
        for (Account member : members) {
            changed += assign(member, coach) ? 1 : 0;
        }
        return changed;
    }

    private boolean assign(Account member, Account coach) {
        Account before = member.getCoach();
        if (before == null ? coach == null : coach != null && before.getId().equals(coach.getId())) {
            return false;
        }
        member.setCoach(coach);
        events.changed(member);
        audit.record(AuditAction.COACH_ASSIGNED, target(member),
                (coach == null ? "no coach" : "coach " + coach.getUsername())
                        + (before == null ? "" : " (was " + before.getUsername() + ")"));
        return true;
    }

    private String issueLink(Account account) {
        String token = links.issue(account, PasswordLinkPurpose.ADMIN);
        audit.record(AuditAction.PASSWORD_LINK_CREATED, target(account),
                "valid for " + PasswordLinkService.VALIDITY.toHours() + " hours");
        return token;
    }

    private Account require(long accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> InvalidInputException.of("account", Wording.text("accounts.admin.account-gone")));
    }

    private Account requireMember(long memberId) {
        Account account = require(memberId);
        if (account.getRole() != Role.MEMBER) {
            throw InvalidInputException.of("coachId",
                    Wording.text("accounts.admin.not-a-member", account.getUsername()));
        }
        return account;
    }

    private boolean isMe(Account account) {
        return accountService.currentProfile().map(me -> me.id() == account.getId()).orElse(false);
    }

    private static AuditTarget target(Account account) {
        return AuditTarget.account(account.getId(), account.getUsername());
    }

    private static AccountRow row(Account a) {
        Account coach = a.getCoach();
        return new AccountRow(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.isEnabled(),
                coach == null ? null : coach.getId(), coach == null ? null : coach.getDisplayName(), a.getCreatedAt());
    }

    private static Pageable translateSort(Pageable page) {
        Sort sort = JpaSort.unsafe("a.id");
        List<Sort.Order> requested = page.getSort().stream().filter(o -> SORT_PATHS.containsKey(o.getProperty())).toList();
        for (Sort.Order order : requested.reversed()) {
            sort = JpaSort.unsafe(order.getDirection(), SORT_PATHS.get(order.getProperty())).and(sort);
        }
        if (requested.isEmpty()) {
            sort = JpaSort.unsafe("lower(a.displayName)").and(sort);
        }
        return page.isPaged() ? PageRequest.of(page.getPageNumber(), page.getPageSize(), sort) : Pageable.unpaged(sort);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
