package org.upright.accounts;

import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.FieldChecks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.validation.InputValidator;
import org.upright.kernel.validation.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/** What every signed-in person may change about themselves: their name, language and password. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProfileService {

    /** The new display name, validated like an admin's entry. */
    record DisplayName(@NotBlank(message = "{accounts.validation.own-name.required}")
                       @Size(max = 120, message = "{accounts.validation.name.length}") String displayName) {
    }

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final InputValidator validator;
    private final PasswordLinkService links;
    private final AuditLog audit;
    private final MemberEvents events;

    ProfileService(AccountRepository accounts, PasswordPolicy policy, PasswordEncoder encoder,
                   InputValidator validator, PasswordLinkService links, AuditLog audit, MemberEvents events) {
        this.accounts = accounts;
        this.policy = policy;
        this.encoder = encoder;
        this.validator = validator;
        this.links = links;
        this.audit = audit;
        this.events = events;
    }

    public AccountProfile changeDisplayName(String displayName) {
        validator.requireValid(new DisplayName(displayName));
        Account me = me();
        me.setDisplayName(displayName.strip());
        events.changed(me);
        return AccountProfile.of(me);
    }

    /** The language the portal speaks to the signed-in person; null follows the browser. */
    public AccountProfile changeLanguage(Language language) {
        Account me = me();
        me.setLanguage(language);
        return AccountProfile.of(me);
    }

    /**
     * Changes the signed-in person's password after checking the current one. Their other open
     * sessions end; the caller renews the current session's sign-in time so it continues.
     * Field names in errors: "currentPassword", "newPassword".
     */
    public void changePassword(String currentPassword, String newPassword) {
        Account me = me();
        FieldChecks checks = new FieldChecks()
                .require(currentPassword != null && encoder.matches(currentPassword, me.getPasswordHash()),
                        "currentPassword", Wording.text("accounts.password.not-current"));
        policy.problem(me.getUsername(), newPassword).ifPresent(p -> checks.require(false, "newPassword", p));
        checks.require(!checks.problems().isEmpty() || !encoder.matches(newPassword, me.getPasswordHash()),
                "newPassword", Wording.text("accounts.password.unchanged"));
        checks.throwIfAny();
        me.setPasswordHash(encoder.encode(newPassword));
        me.endOpenSessions();
        links.retireLinks(me);
        audit.record(AuditAction.PASSWORD_CHANGED, AuditTarget.account(me.getId(), me.getUsername()), null);
    }

    private Account me() {
        return Actors.signedInUsername().flatMap(accounts::findByUsernameIgnoreCase)
                .orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
