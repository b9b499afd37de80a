package org.upright.portal.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;
import org.upright.tracker.push.PushService;
import org.upright.tracker.reminder.ReminderChannel;
import org.upright.tracker.reminder.ReminderChoice;
import org.upright.tracker.reminder.ReminderService;
import org.upright.tracker.reminder.ReminderSettings;

import java.time.Duration;
import java.util.Locale;

/**
 * The member's daily reminder: a time (empty for none), by e-mail or as a notification where the
 * browser can show one ({@link ReminderChannels}), and whether program rest days stay quiet. Says
 * what is missing when a reminder cannot reach the member.
 */
class ReminderCard extends Div {

    ReminderCard(ReminderService reminders, PushService push, java.time.ZoneId zone) {
        addClassName("card");
        setId("profile-reminder");
        ReminderSettings settings = reminders.settings();
        TimePicker time = new TimePicker(getTranslation("account.reminder.time"));
        time.setStep(Duration.ofMinutes(15));
        // 24-hour times, like the rest of the portal's dates and times
        time.setLocale(Locale.UK);
        time.setClearButtonVisible(true);
        time.setPlaceholder(getTranslation("account.reminder.none"));
        time.setHelperText(getTranslation("account.reminder.zone", zone.getId().replace('_', ' ')));
        time.setValue(settings.time());
        time.setId("reminder-time");
        time.setWidthFull();
        Checkbox restDays = new Checkbox(getTranslation("account.reminder.rest-days"), settings.skipRestDays());
        restDays.setId("reminder-rest-days");
        ReminderChannels channels = new ReminderChannels(push, settings);
        Paragraph how = new Paragraph(describe(settings));
        how.setId("reminder-how");
        FieldMessages messages = new FieldMessages().bind("time", time);
        Button save = new Button(getTranslation("account.reminder.save"), e -> {
            try {
                ReminderSettings saved = reminders.choose(new ReminderChoice(time.getValue(), restDays.getValue(),
                        channels.channel()));
                messages.clear();
                how.setText(describe(saved));
                Notification.show(getTranslation(saved.time() == null ? "account.reminder.saved-none"
                        : "account.reminder.saved"));
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        save.setId("save-reminder");
        add(new H3(getTranslation("account.reminder.title")), how, time, channels, restDays, save);
    }

    /** With notifications chosen or mail missing, what push means here; otherwise the e-mail explanation. */
    private String describe(ReminderSettings s) {
        if (s.pushAvailable() && s.channel().byPush()) {
            if (s.pushDevices() == 0) {
                return getTranslation("push.card.how.no-device");
            }
            return getTranslation(s.channel() == ReminderChannel.BOTH && s.mailAvailable() && s.hasEmail()
                    ? "push.card.how.both" : "push.card.how.push");
        }
        if (s.pushAvailable() && !s.mailAvailable()) {
            return getTranslation("push.card.how.no-mail");
        }
        return explanation(s);
    }

    private String explanation(ReminderSettings s) {
        if (!s.mailAvailable()) {
            return getTranslation("account.reminder.no-mail");
        }
        if (!s.hasEmail()) {
            return getTranslation("account.reminder.no-address");
        }
        return getTranslation("account.reminder.how");
    }
}
