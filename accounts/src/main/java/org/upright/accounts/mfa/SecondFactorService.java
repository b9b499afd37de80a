package org.upright.accounts.mfa;

import org.upright.kernel.i18n.Wording;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.audit.AuditAction;
import org.upright.accounts.audit.AuditLog;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;

/**
 * Two-step sign-in of the signed-in person (profile page): set up, new recovery codes, turn off
 * (only where the role does not require it); and an admin's reset of someone else's. Wrong codes
 * are reported on the field {@value #CODE_FIELD}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class SecondFactorService {

    public static final String CODE_FIELD = "code";

    private final SecondFactors factors;
    private final SecondFactorStore store;
    private final AuditLog audit;

    SecondFactorService(SecondFactors factors, SecondFactorStore store, AuditLog audit) {
        this.factors = factors;
        this.store = store;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public SecondFactorStatus status() {
        return factors.status(me());
    }

    /** The secret and QR code to add to an authenticator app; confirm with {@link #confirm}. */
    public AuthenticatorSetup setUp() {
        return factors.setUp(me());
    }

    /** Turns two-step sign-in on with the app's first code; returns the recovery codes (shown once). */
    public List<String> confirm(String code) {
        return factors.confirm(me(), code).orElseThrow(SecondFactorService::wrongCode);
    }

    /** New recovery codes (the old ones stop working), after a current app code. */
    public List<String> renewRecoveryCodes(String code) {
        SecondFactorStore.AccountRef me = me();
        requireAppCode(me, code);
        List<String> fresh = factors.newRecoveryCodes(me);
        audit.record(AuditAction.RECOVERY_CODES_RENEWED, SecondFactors.target(me), null);
        return fresh;
    }

    /** Turns two-step sign-in off after a current code; refused where the role requires it. */
    public void turnOff(String code) {
        SecondFactorStore.AccountRef me = me();
        if (factors.settings().requiredFor(me.role())) {
            throw InvalidInputException.of(CODE_FIELD, Wording.text("accounts.mfa.required-for-role"));
        }
        if (factors.check(me, code).isEmpty()) {
            throw wrongCode();
        }
        factors.remove(me);
        audit.record(AuditAction.SECOND_FACTOR_TURNED_OFF, SecondFactors.target(me), null);
    }

    /** Whether the account has two-step sign-in on (for the admin's account dialog). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean enabledFor(long accountId) {
        return factors.enrolled(accountId);
    }

    /**
     * An admin removes someone's authenticator (a lost phone with no recovery codes left): they set
     * up a new one at their next sign-in if their role requires it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetFor(long accountId) {
        SecondFactorStore.AccountRef account = store.account(accountId)
                .orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
        factors.remove(account);
        audit.record(AuditAction.SECOND_FACTOR_RESET, SecondFactors.target(account), null);
    }

    /**
     * Start-up only (the {@link Actors#SYSTEM} actor): sets up a known secret as confirmed, for the
     * demo accounts of the embedded demo database, whose secret README publishes.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void installDemoSecret(String username, String secret) {
        if (!Actors.SYSTEM.equals(Actors.currentUsername())) {
            throw new IllegalStateException("Known secrets are for start-up demo data only");
        }
        SecondFactorStore.AccountRef account = store.account(username)
                .orElseThrow(() -> new IllegalArgumentException("No account " + username));
        factors.installConfirmed(account, secret);
    }

    private void requireAppCode(SecondFactorStore.AccountRef me, String code) {
        if (!TotpCodes.looksLikeCode(code == null ? null : code.replaceAll("\\s", ""))
                || factors.check(me, code).isEmpty()) {
            throw wrongCode();
        }
    }

    private static InvalidInputException wrongCode() {
        return InvalidInputException.of(CODE_FIELD, Wording.text("accounts.mfa.wrong-code"));
    }

    private SecondFactorStore.AccountRef me() {
        return Actors.signedInUsername().flatMap(store::account)
                .orElseThrow(() -> new IllegalStateException("No signed-in account"));
    }
}
