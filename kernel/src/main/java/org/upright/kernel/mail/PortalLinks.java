package org.upright.kernel.mail;

/**
 * Full addresses of the portal's pages for mails, which are read outside the portal (the
 * application implements it from the configured portal address and its routes).
 */
public interface PortalLinks {

    /** The page where a one-time link's holder chooses a password. */
    String setPassword(String token);

    /** The page that confirms a new e-mail address. */
    String confirmEmail(String token);

    /** The member's daily check-in. */
    String checkIn();

    /** The coach's triage list. */
    String triage();

    /** The coach's page of one client. */
    String client(long memberId);
}
