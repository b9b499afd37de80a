package org.upright.portal.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.i18n.Wording;

import java.util.EnumMap;
import java.util.Map;

/**
 * What the browser shows when its session is gone (signed out elsewhere, timed out, account
 * disabled). Vaadin reports a request without a session cookie as "cookies disabled"; here that
 * happens when sign-in ended (the cookie is cleared with the session), so both say the same.
 * Continuing reloads the page: the sign-in comes first and then brings the member back to it.
 */
@Component
class SessionMessages implements VaadinServiceInitListener {

    /** The messages in the language of the current request (English outside one). */
    static SystemMessages messages() {
        return messages(Wording.currentLanguage());
    }

    static SystemMessages messages(Language language) {
        String caption = Wording.text(language, "base.session.ended");
        String message = Wording.text(language, "base.session.sign-in-again");
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption(caption);
        messages.setSessionExpiredMessage(message);
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredURL(null); // reload: sign-in, then back to this page
        messages.setCookiesDisabledCaption(caption);
        messages.setCookiesDisabledMessage(message);
        messages.setCookiesDisabledNotificationEnabled(true);
        messages.setCookiesDisabledURL(null);
        messages.setInternalErrorCaption(Wording.text(language, "base.session.error"));
        messages.setInternalErrorMessage(Wording.text(language, "base.session.error.reload"));
        return messages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        Map<Language, SystemMessages> messages = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            messages.put(language, messages(language));
        }
        // the browser's language as Vaadin saw it: the session may be gone, and with it the profile's choice
        event.getSource().setSystemMessagesProvider(info -> messages.get(Language.of(info.getLocale())));
    }
}
