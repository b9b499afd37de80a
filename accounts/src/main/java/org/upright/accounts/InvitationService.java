package org.upright.accounts;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.Role;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.mail.PortalLinks;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InputValidator;
import org.upright.kernel.validation.InvalidInputException;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Coaches invite their own clients and admins invite members (with the coach they pick, or none)
 * by e-mail. The invitation makes the member account with a username taken from the address and
 * a one-time {@link PasswordLinkPurpose#INVITE} link, mailed to the address; without mail the
 * link comes back to the inviter. All of it, audit rows included, is one transaction: a mail the
 * server refuses leaves no account behind.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COACH', 'ADMIN')")
public class InvitationService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AccountCreator creator;
    private final PasswordLinkService links;
    private final PasswordEncoder encoder;
    private final InputValidator validator;
    private final OutgoingMail mail;
    private final PortalLinks pages;
    private final AuditLog audit;

    InvitationService(AccountRepository accounts, AccountService accountService, AccountCreator creator,
                      PasswordLinkService links, PasswordEncoder encoder, InputValidator validator,
                      OutgoingMail mail, PortalLinks pages, AuditLog audit) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.creator = creator;
        this.links = links;
        this.encoder = encoder;
        this.validator = validator;
        this.mail = mail;
        this.pages = pages;
        this.audit = audit;
    }

    /** Whether the invitation goes by mail (else the inviter is given the link to pass on). */
    @Transactional(readOnly = true)
    public boolean mailAvailable() {
        return mail.available();
    }

    public Invitation invite(InvitationDraft draft) {
        AccountProfile inviter = accountService.requireCurrentProfile();
        Long coachId = draft.coachId();
        if (inviter.role() == Role.COACH) {
            if (coachId != null && coachId != inviter.id()) {
                throw new AccessDeniedException("Coaches invite their own clients only");
            }
            coachId = inviter.id();
        } else if (inviter.role() != Role.ADMIN) {
            throw new AccessDeniedException("Only coaches and admins invite");
        }
        List<FieldProblem> problems = new ArrayList<>();
        String email = draft.email() == null ? null : draft.email().strip();
        if (email != null && !email.isEmpty() && accounts.findByEmailIgnoreCase(email).isPresent()) {
            problems.add(new FieldProblem("email", Wording.text("accounts.invitation.email-taken")));
        }
        validator.requireValid(new InvitationDraft(draft.displayName(), email, coachId), problems);

        // nobody knows this password: the account is unusable until the link is used
        Account member = creator.insert(freeUsername(email), draft.displayName(), encoder.encode(randomSecret()),
                Role.MEMBER, coachId);
        member.setEmail(email);
        String token = links.issue(member, PasswordLinkPurpose.INVITE);
        boolean mailed = mail.available();
        audit.record(AuditAction.MEMBER_INVITED, AuditTarget.account(member.getId(), member.getUsername()),
                (mailed ? "link mailed" : "link handed to the inviter") + ", valid for "
                        + PasswordLinkPurpose.INVITE.validity().toHours() + " hours");
        if (mailed) {
            // inside the transaction: a refused mail rolls the account back (MailNotSentException)
            // a new account has no language of its own yet: the invitation speaks the inviter's request's
            Language language = member.getLanguage().orElseGet(Wording::currentLanguage);
            mail.send(new MailMessage(email, Wording.text(language, "accounts.mail.invitation.subject"),
                    Wording.text(language, "accounts.mail.invitation.body", member.getDisplayName(),
                            inviter.displayName(), member.getUsername(), PasswordLinkPurpose.INVITE.validity().toHours(),
                            pages.setPassword(token))));
        }
        return new Invitation(AccountProfile.of(member), mailed, mailed ? null : token);
    }

    /** The address's local part as a username (allowed characters only), with a number added while taken. */
    private String freeUsername(String email) {
        String local = email.substring(0, email.lastIndexOf('@')).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]", "");
        String base = local.length() < 3 ? "member-" + local : local;
        base = base.length() > 56 ? base.substring(0, 56) : base;
        String candidate = base;
        for (int n = 2; accounts.findByUsernameIgnoreCase(candidate).isPresent(); n++) {
            candidate = base + n;
        }
        return candidate;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
