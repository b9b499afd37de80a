package org.upright.accounts.mfa;

/**
 * What a person needs to add the account to an authenticator app: the secret in Base32 (to type
 * in), the {@code otpauth://} address it stands for, and that address as a QR code (a PNG
 * {@code data:} URL, so the page needs no other image source).
 */
public record AuthenticatorSetup(String secret, String otpauthUri, String qrCodeDataUri) {

    /** The secret in groups of four, easier to type. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        // never the secret in a log line or an exception message
        return "AuthenticatorSetup[secret hidden]";
    }
}
