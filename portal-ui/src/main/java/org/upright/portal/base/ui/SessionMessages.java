package org.upright.portal.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What the browser shows when its session is gone (signed out elsewhere, timed out, account
 * disabled). Vaadin reports a request without a session cookie as "cookies disabled"; here that
 * happens when sign-in ended (the cookie is cleared with the session), so both say the same.
 * Continuing reloads the page: the sign-in comes first and then brings the member back to it.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    static final String CAPTION = "Your session has ended";
    static final String MESSAGE = "Tap here to sign in again and carry on where you were.";

    static SystemMessages messages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(CAPTION);
        messages.setSessionExpiredMessage(MESSAGE);
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredURL(null); // reload: sign-in, then back to this page
        messages.setCookiesDisabledCaption(CAPTION);
        messages.setCookiesDisabledMessage(MESSAGE);
        messages.setCookiesDisabledNotificationEnabled(true);
        messages.setCookiesDisabledURL(null);
        messages.setInternalErrorCaption("Something went wrong");
        messages.setInternalErrorMessage("Upright could not finish that. Tap here to reload the page.");
        return messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        SystemMessages messages = messages();
        event.getSource().setSystemMessagesProvider(info -> messages);
    }
}
