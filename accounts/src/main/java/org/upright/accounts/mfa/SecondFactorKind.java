package org.upright.accounts.mfa;

/** Which second factor a sign-in passed. */
public enum SecondFactorKind {
    /** a code from the authenticator app */
    APP_CODE,
    /** one of the one-time recovery codes */
    RECOVERY_CODE
}
