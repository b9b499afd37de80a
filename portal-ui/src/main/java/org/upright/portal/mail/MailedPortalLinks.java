package org.upright.portal.mail;

import org.springframework.stereotype.Component;
import org.upright.kernel.mail.PortalLinks;

/**
 * Full addresses of the pages mails point to, from {@code upright.mail.portal-url} (mail is sent
 * from jobs too, where no request tells the portal's address). The paths are the views' routes.
 */
@Component
public class MailedPortalLinks implements PortalLinks {

    /** The routes of the views these links open: the views name them in their {@code @Route}. */
    public static final String SET_PASSWORD = "set-password";
    public static final String CONFIRM_EMAIL = "confirm-email";
    public static final String CHECK_IN = "today";
    public static final String TRIAGE = "coach/triage";
    /** The coach's client page, {@code coach/clients/<member id>}. */
    public static final String CLIENT = "coach/clients";

    private final String base;

    MailedPortalLinks(MailSettings settings) {
        this.base = settings.portalUrl() == null ? "" : settings.portalUrl();
    }

    @Override
    public String setPassword(String token) {
        return base + "/" + SET_PASSWORD + "/" + token;
    }

    @Override
    public String confirmEmail(String token) {
        return base + "/" + CONFIRM_EMAIL + "/" + token;
    }

    @Override
    public String checkIn() {
        return base + "/" + CHECK_IN + "#check-in";
    }

    @Override
    public String triage() {
        return base + "/" + TRIAGE;
    }

    @Override
    public String client(long memberId) {
        return base + "/" + CLIENT + "/" + memberId;
    }
}
