package org.upright.portal.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * A plain HTML form that posts to the server like the login form does, with Spring Security's
 * CSRF token as a hidden field: the second-step pages are answered by a filter, not by Vaadin.
 */
@Tag("form")
final class PostForm extends HtmlContainer {

    PostForm(String action, Component... content) {
        getElement().setAttribute("method", "post");
        getElement().setAttribute("action", action);
        CsrfToken token = csrfToken();
        if (token != null) {
            Element hidden = new Element("input");
            hidden.setAttribute("type", "hidden");
            hidden.setAttribute("name", token.getParameterName());
            hidden.setAttribute("value", token.getToken());
            getElement().appendChild(hidden);
        }
        add(content);
    }

    private static CsrfToken csrfToken() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        return request == null ? null : (CsrfToken) request.getHttpServletRequest().getAttribute(CsrfToken.class.getName());
    }
}
