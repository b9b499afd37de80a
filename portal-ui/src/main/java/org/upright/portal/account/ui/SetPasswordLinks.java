package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** The full address of a set-password link, built from the address this admin uses. */
final class SetPasswordLinks {

    private SetPasswordLinks() {
    }

    static String url(String token) {
        String path = RouteConfiguration.forApplicationScope().getUrl(SetPasswordView.class, token);
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
