package org.upright.accounts;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import jakarta.validation.constraints.NotBlank;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.mail.PortalLinks;
import org.upright.kernel.validation.EmailAddress;
import org.upright.kernel.validation.InputValidator;
import org.upright.kernel.validation.InvalidInputException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Everyone's own e-mail address, changed with confirmation: a link is mailed to the new address
 * and the old one stays until it is opened (by anyone holding it: the link may be opened on
 * another device, signed out). Whether the new address belongs to another account is only
 * checked at confirmation, so the request never tells a member whose address is taken.
 */
@Service
@Transactional
public class EmailAddressService {

    public static final Duration VALIDITY = Duration.ofHours(24);

    /** The new address, validated by the one e-mail rule. */
    record EmailChange(@NotBlank(message = "{accounts.validation.email.required}") @EmailAddress String email) {
    }

    private final AccountRepository accounts;
    private final EmailConfirmationRepository confirmations;
    private final InputValidator validator;
    private final OutgoingMail mail;
    private final PortalLinks pages;
    private final AuditLog audit;
    private final Clock clock;

    EmailAddressService(AccountRepository accounts, EmailConfirmationRepository confirmations, InputValidator validator,
                        OutgoingMail mail, PortalLinks pages, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.validator = validator;
        this.mail = mail;
        this.pages = pages;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public EmailStatus status() {
        Account me = me();
        String pending = confirmations.findOpen(me.getId(), clock.instant()).map(EmailConfirmation::email).orElse(null);
        return new EmailStatus(me.getEmail(), pending, mail.available());
    }

    /**
     * Mails a confirmation link to {@code email}; until it is opened the current address stays.
     * Field "email" carries a bad address, or that this portal sends no mail.
     */
    @PreAuthorize("isAuthenticated()")
    public EmailStatus requestChange(String email) {
        String address = email == null ? null : email.strip();
        validator.requireValid(new EmailChange(address));
        if (!mail.available()) {
            throw InvalidInputException.of("email", Wording.text("accounts.email.no-mail"));
        }
        Account me = me();
        if (address.equalsIgnoreCase(me.getEmail() == null ? "" : me.getEmail())) {
            throw InvalidInputException.of("email", Wording.text("accounts.email.already-yours"));
        }
        Instant now = clock.instant();
        confirmations.retireOpen(me.getId(), now);
        String token = PasswordLinkService.newToken();
        confirmations.save(new EmailConfirmation(me, address, PasswordLinkService.hash(token), now, now.plus(VALIDITY)));
        audit.record(AuditAction.EMAIL_CHANGE_MAILED, AuditTarget.account(me.getId(), me.getUsername()), null);
        // inside the transaction: a refused mail leaves no open request behind
        // in the person's language: the one on their profile, else the one they asked in
        Language language = me.getLanguage().orElseGet(Wording::currentLanguage);
        mail.send(new MailMessage(address, Wording.text(language, "accounts.mail.confirm-email.subject"),
                Wording.text(language, "accounts.mail.confirm-email.body", me.getDisplayName(), me.getUsername(),
                        VALIDITY.toHours(), pages.confirmEmail(token))));
        return new EmailStatus(me.getEmail(), address, true);
    }

    /**
     * Makes the link's address the account's, once; field "token" when the link no longer works,
     * field "email" when another account has the address by now.
     */
    public String confirm(String token) {
        Instant now = clock.instant();
        EmailConfirmation confirmation = (token == null || token.isBlank() || token.length() > 100
                ? java.util.Optional.<EmailConfirmation>empty()
                : confirmations.findByTokenHash(PasswordLinkService.hash(token)))
                .filter(c -> c.usableAt(now))
                .orElseThrow(() -> InvalidInputException.of("token", Wording.text("accounts.link.unusable")));
        Account account = confirmation.account();
        accounts.findByEmailIgnoreCase(confirmation.email()).filter(other -> !other.getId().equals(account.getId()))
                .ifPresent(other -> {
                    throw InvalidInputException.of("email", Wording.text("accounts.email.taken"));
                });
        String before = account.getEmail();
        account.setEmail(confirmation.email());
        confirmations.retireOpen(account.getId(), now);
        try {
            accounts.flush();
        } catch (DataIntegrityViolationException e) {
            // another account took the address at this very moment (the unique index)
            throw InvalidInputException.of("email", Wording.text("accounts.email.taken"));
        }
        audit.recordAs(account.getUsername(), AuditAction.EMAIL_CHANGED,
                AuditTarget.account(account.getId(), account.getUsername()), before == null ? "first address" : "replaced an earlier address");
        return confirmation.email();
    }

    private Account me() {
        return Actors.signedInUsername().flatMap(accounts::findByUsernameIgnoreCase)
                .orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
