package org.upright.accounts;

import org.upright.kernel.i18n.Wording;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;
import org.upright.kernel.validation.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * One-time set-password links. Admins issue them (through {@link AccountAdminService}), people
 * who forgot their password ask for one ({@link PasswordResetService}) and invitations carry one
 * ({@link InvitationService}); the person opening the link is not signed in, so the public
 * methods need only the token, which carries 256 random bits and works once, for its
 * {@link PasswordLinkPurpose#validity()}.
 */
@Service
@Transactional(readOnly = true)
public class PasswordLinkService {

    /** How long a link made on the accounts screen lasts. */
    public static final Duration VALIDITY = PasswordLinkPurpose.ADMIN.validity();

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordLinkRepository links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    PasswordLinkService(PasswordLinkRepository links, PasswordPolicy policy, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** Whose password the link sets, if it is still usable. */
    public Optional<PasswordLinkTarget> find(String token) {
        return usable(token).map(PasswordLinkService::target);
    }

    /** Whether the link works, or why not (used, expired, unknown), for the page to say. */
    public PasswordLinkState state(String token) {
        return lookUp(token).map(l -> l.stateAt(clock.instant())).orElse(PasswordLinkState.UNKNOWN);
    }

    /**
     * Sets the password and spends the link; field "password" carries any rule it breaks, field
     * "token" a link that no longer works. Returns whose password it was.
     */
    @Transactional
    public PasswordLinkTarget setPassword(String token, String password) {
        PasswordLink link = usable(token)
                .orElseThrow(() -> InvalidInputException.of("token", Wording.text("accounts.link.unusable")));
        Account account = link.account();
        policy.problem(account.getUsername(), password).ifPresent(p -> {
            throw InvalidInputException.of("password", p);
        });
        account.setPasswordHash(encoder.encode(password));
        account.endOpenSessions();
        links.retireOpenLinks(account.getId(), clock.instant());
        audit.recordAs(account.getUsername(), AuditAction.PASSWORD_SET_BY_LINK,
                AuditTarget.account(account.getId(), account.getUsername()), link.purpose().name().toLowerCase(java.util.Locale.ROOT) + " link");
        return target(link);
    }

    /** Creates a link for the account, retiring older ones; returns the token, which is not stored. */
    @Transactional(propagation = Propagation.MANDATORY)
    String issue(Account account, PasswordLinkPurpose purpose) {
        String token = newToken();
        Instant now = clock.instant();
        links.retireOpenLinks(account.getId(), now);
        links.save(new PasswordLink(account, purpose, hash(token), now, now.plus(purpose.validity())));
        return token;
    }

    /** A password set some other way makes open links useless. */
    @Transactional(propagation = Propagation.MANDATORY)
    void retireLinks(Account account) {
        links.retireOpenLinks(account.getId(), clock.instant());
    }

    private Optional<PasswordLink> usable(String token) {
        return lookUp(token).filter(l -> l.usableAt(clock.instant()));
    }

    private Optional<PasswordLink> lookUp(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return links.findByTokenHash(hash(token));
    }

    private static PasswordLinkTarget target(PasswordLink link) {
        return new PasswordLinkTarget(link.account().getUsername(), link.account().getDisplayName(), link.purpose());
    }

    /** A fresh random token: 256 bits, URL-safe. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
