package org.upright.portal.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.upright.portal.mail.MailedPortalLinks;

/** The full address of a set-password link to hand over, built from the address the admin or coach uses. */
public final class SetPasswordLinks {

    private SetPasswordLinks() {
    }

    public static String url(String token) {
        String path = MailedPortalLinks.SET_PASSWORD + "/" + token;
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        if (current == null) {
            return "/" + path;
        }
        HttpServletRequest http = current.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort = (port == 80 && "http".equals(http.getScheme())) || (port == 443 && "https".equals(http.getScheme()));
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + port)
                + http.getContextPath() + "/" + path;
    }
}
