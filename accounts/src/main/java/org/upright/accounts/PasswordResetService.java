package org.upright.accounts;

import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.accounts.signin.SignInThrottle;
import org.upright.kernel.mail.MailMessage;
import org.upright.kernel.mail.MailNotSentException;
import org.upright.kernel.mail.OutgoingMail;
import org.upright.kernel.mail.PortalLinks;

import java.util.Optional;

/**
 * "Forgot password?": anyone (not signed in) names a username or e-mail address; if it belongs
 * to an enabled account with an address, a one-time {@link PasswordLinkPurpose#RESET} link is
 * mailed to that address. The answer is the same whether or not an account matched, and requests
 * are throttled per name and per address like sign-in ({@link SignInThrottle}).
 */
@Service
public class PasswordResetService {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);
    private static final int MAX_INPUT = 254;

    private final AccountRepository accounts;
    private final PasswordLinkService links;
    private final SignInThrottle throttle;
    private final OutgoingMail mail;
    private final PortalLinks pages;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    PasswordResetService(AccountRepository accounts, PasswordLinkService links, SignInThrottle throttle,
                         OutgoingMail mail, PortalLinks pages, AuditLog audit, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.links = links;
        this.throttle = throttle;
        this.mail = mail;
        this.pages = pages;
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Whether this portal can mail reset links at all (else the page says whom to ask). */
    public boolean available() {
        return mail.available();
    }

    /**
     * Mails a reset link if {@code usernameOrEmail} names an enabled account with an address.
     * {@code clientAddress} is the requester's address, for the throttle and the audit log.
     */
    public PasswordReset request(String usernameOrEmail, String clientAddress) {
        if (!mail.available()) {
            return PasswordReset.MAIL_UNAVAILABLE;
        }
        String name = usernameOrEmail == null ? "" : usernameOrEmail.strip();
        if (!throttle.resetRequestAllowed(name, clientAddress)) {
            return PasswordReset.THROTTLED;
        }
        Optional<MailMessage> message = name.isEmpty() || name.length() > MAX_INPUT ? Optional.empty()
                : transactions.execute(tx -> issue(name, clientAddress));
        // sent beside the answer, so neither its time nor a failure tells that an account matched
        message.ifPresent(m -> Thread.ofVirtual().name("password-reset-mail").start(() -> {
            try {
                mail.send(m);
            } catch (MailNotSentException e) {
                log.warn("A password reset mail could not be sent: {}", e.getMessage());
            }
        }));
        return PasswordReset.ANSWERED;
    }

    private Optional<MailMessage> issue(String name, String clientAddress) {
        Optional<Account> found = name.contains("@") ? accounts.findByEmailIgnoreCase(name)
                : accounts.findByUsernameIgnoreCase(name);
        return found.filter(a -> a.isEnabled() && a.getEmail() != null).map(account -> {
            String token = links.issue(account, PasswordLinkPurpose.RESET);
            audit.recordAs(account.getUsername(), AuditAction.PASSWORD_RESET_MAILED,
                    AuditTarget.account(account.getId(), account.getUsername()),
                    "asked for from " + (clientAddress == null ? "an unknown address" : clientAddress));
            // the account's language, else the language of the browser that asked
            Language language = account.getLanguage().orElseGet(Wording::currentLanguage);
            return new MailMessage(account.getEmail(), Wording.text(language, "accounts.mail.reset.subject"),
                    Wording.text(language, "accounts.mail.reset.body", account.getDisplayName(), account.getUsername(),
                            PasswordLinkPurpose.RESET.validity().toMinutes(), pages.setPassword(token)));
        });
    }
}
