package org.upright.portal.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The SMTP server mail goes through ({@code upright.mail.*}, README "Configuration"). No host:
 * no mail. With a host, the sender address and the portal's own address (for the links in
 * mails) are required, so a half-configured portal stops at start-up instead of mailing links
 * that lead nowhere.
 */
@ConfigurationProperties("upright.mail")
public record MailSettings(String host, Integer port, String username, String password, Tls tls, String from,
                           String portalUrl) {

    /** How the connection to the SMTP server is protected. */
    public enum Tls {
        /** Plain SMTP (a relay on the same host or network only). */
        NONE,
        /** Starts plain and upgrades with STARTTLS, refusing a server that cannot (port 587). */
        STARTTLS,
        /** TLS from the first byte (SMTPS, port 465). */
        SSL
    }

    public MailSettings {
        host = blankToNull(host);
        username = blankToNull(username);
        password = blankToNull(password);
        from = blankToNull(from);
        portalUrl = blankToNull(portalUrl);
        tls = tls == null ? Tls.STARTTLS : tls;
        port = port == null ? (tls == Tls.SSL ? 465 : 587) : port;
        if (portalUrl != null && portalUrl.endsWith("/")) {
            portalUrl = portalUrl.substring(0, portalUrl.length() - 1);
        }
        if (host != null && (from == null || portalUrl == null)) {
            throw new IllegalArgumentException("upright.mail.host is set: set upright.mail.from (the sender address) "
                    + "and upright.mail.portal-url (the address people open the portal at) too");
        }
    }

    public boolean configured() {
        return host != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @Override
    public String toString() {
        return "MailSettings[host=" + host + ", port=" + port + ", tls=" + tls + "]";
    }
}
