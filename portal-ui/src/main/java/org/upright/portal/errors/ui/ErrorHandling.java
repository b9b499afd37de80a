package org.upright.portal.errors.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Failures after a page is open (a click, a grid loading rows) are logged with a reference and
 * shown as a notification with that reference; Vaadin's default would show "Internal error" or,
 * in development, the exception itself.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    static final ErrorHandler HANDLER = ErrorHandling::handle;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(HANDLER));
    }

    static String handle(ErrorEvent event) {
        String reference = ErrorReference.logged(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification note = Notification.show(ui.getTranslation("errors.action-failed", reference), 8_000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        return reference;
    }
}
