package org.upright.accounts.mfa;

import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.util.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.accounts.audit.AuditTarget;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The work behind both doors to two-step sign-in ({@link SecondFactorService} for the signed-in
 * person, {@link SecondFactorSignIn} for the sign-in steps): setting up, confirming, checking
 * codes and recovery codes. Callers check who may do it and hold the transaction.
 */
@Component
@EnableConfigurationProperties(SecondFactorSettings.class)
class SecondFactors {

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);
    private static final int QR_SIZE = 240;

    private final SecondFactorStore store;
    private final SecondFactorSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final TotpCodes codes;
    private final SecretCipher cipher;
    private final RecoveryCodes recovery = new RecoveryCodes();

    SecondFactors(SecondFactorStore store, SecondFactorSettings settings, AuditLog audit, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
        this.codes = new TotpCodes(clock);
        this.cipher = new SecretCipher(settings.secretKey());
        if (!cipher.encrypts()) {
            log.warn("Authenticator secrets are stored unencrypted: set upright.security.mfa.secret-key "
                    + "(UPRIGHT_SECURITY_MFA_SECRET_KEY, 32 random bytes in Base64) to encrypt them");
        }
    }

    SecondFactorSettings settings() {
        return settings;
    }

    Clock clock() {
        return clock;
    }

    boolean enrolled(long accountId) {
        return store.authenticator(accountId).filter(SecondFactorStore.Authenticator::confirmed).isPresent();
    }

    SecondFactorStatus status(SecondFactorStore.AccountRef account) {
        Optional<SecondFactorStore.Authenticator> app = store.authenticator(account.id())
                .filter(SecondFactorStore.Authenticator::confirmed);
        return new SecondFactorStatus(app.isPresent(), settings.requiredFor(account.role()),
                app.map(SecondFactorStore.Authenticator::confirmedAt).orElse(null),
                app.isPresent() ? store.recoveryCodesLeft(account.id()) : 0);
    }

    /**
     * The unconfirmed secret of the account, made now if there is none yet: opening the set-up
     * page again (or after a wrong code) shows the secret already scanned.
     */
    AuthenticatorSetup setUp(SecondFactorStore.AccountRef account) {
        Optional<SecondFactorStore.Authenticator> existing = store.authenticator(account.id());
        if (existing.filter(SecondFactorStore.Authenticator::confirmed).isPresent()) {
            throw new IllegalStateException("Two-step sign-in is already set up for this account");
        }
        String secret = existing.map(a -> cipher.open(account.id(), a.storedSecret())).orElseGet(() -> {
            String fresh = codes.newSecret();
            store.saveUnconfirmed(account.id(), cipher.seal(account.id(), fresh));
            return fresh;
        });
        return setupFor(account.username(), secret);
    }

    /** Confirms the unconfirmed secret with a first code; the new recovery codes, or empty for a wrong code. */
    Optional<List<String>> confirm(SecondFactorStore.AccountRef account, String code) {
        Optional<SecondFactorStore.Authenticator> app = store.authenticator(account.id())
                .filter(a -> !a.confirmed());
        if (app.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong step = codes.stepOf(cipher.open(account.id(), app.get().storedSecret()), clean(code));
        if (step.isEmpty() || !store.confirm(account.id(), step.getAsLong(), clock.instant())) {
            return Optional.empty();
        }
        audit.recordAs(account.username(), AuditAction.SECOND_FACTOR_ENROLLED, target(account), null);
        return Optional.of(newRecoveryCodes(account));
    }

    /** Checks a sign-in code: an app code not used before, or an unused recovery code (then used up). */
    Optional<SecondFactorKind> check(SecondFactorStore.AccountRef account, String input) {
        Optional<SecondFactorStore.Authenticator> app = store.authenticator(account.id())
                .filter(SecondFactorStore.Authenticator::confirmed);
        if (app.isEmpty() || input == null || input.length() > 64) {
            return Optional.empty();
        }
        String code = clean(input);
        if (TotpCodes.looksLikeCode(code)) {
            OptionalLong step = codes.stepOf(cipher.open(account.id(), app.get().storedSecret()), code);
            return step.isPresent() && store.useStep(account.id(), step.getAsLong())
                    ? Optional.of(SecondFactorKind.APP_CODE) : Optional.empty();
        }
        if (RecoveryCodes.looksLikeCode(code) && store.useRecoveryCode(account.id(), RecoveryCodes.hash(code), clock.instant())) {
            audit.recordAs(account.username(), AuditAction.RECOVERY_CODE_USED, target(account),
                    store.recoveryCodesLeft(account.id()) + " recovery codes left");
            return Optional.of(SecondFactorKind.RECOVERY_CODE);
        }
        return Optional.empty();
    }

    /** A fresh set of recovery codes; the earlier ones stop working. */
    List<String> newRecoveryCodes(SecondFactorStore.AccountRef account) {
        List<String> fresh = recovery.generate();
        store.replaceRecoveryCodes(account.id(), fresh.stream().map(RecoveryCodes::hash).toList());
        return fresh;
    }

    void remove(SecondFactorStore.AccountRef account) {
        store.delete(account.id());
    }

    /** Sets a known secret up as confirmed (the demo accounts); recovery codes are made and not shown. */
    void installConfirmed(SecondFactorStore.AccountRef account, String secret) {
        store.delete(account.id());
        store.saveUnconfirmed(account.id(), cipher.seal(account.id(), secret));
        store.confirm(account.id(), -1, clock.instant());
        newRecoveryCodes(account);
    }

    private AuthenticatorSetup setupFor(String username, String secret) {
        QrData data = new QrData.Builder()
                .label(username)
                .secret(secret)
                .issuer(settings.issuer())
                .algorithm(HashingAlgorithm.SHA1)
                .digits(TotpCodes.DIGITS)
                .period(TotpCodes.PERIOD_SECONDS)
                .build();
        ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
        qr.setImageSize(QR_SIZE);
        try {
            return new AuthenticatorSetup(secret, data.getUri(), Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Could not draw the QR code", e);
        }
    }

    static AuditTarget target(SecondFactorStore.AccountRef account) {
        return AuditTarget.account(account.id(), account.username());
    }

    private static String clean(String code) {
        return code == null ? "" : code.replaceAll("\\s", "");
    }
}
