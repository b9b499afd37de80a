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
 * browser can show one ({@link ReminderChannels}), and whether program rest days stay quiet. Says what is missing when a reminder cannot reach the member.
 */
class ReminderCard extends Div {

    ReminderCard(ReminderService reminders, PushService push, java.time.ZoneId zone) {
        addClassName("card");
        setId("profile-reminder");
        ReminderSettings settings = reminders.settings();
        TimePicker time = new TimePicker("Daily reminder at");
        time.setStep(Duration.ofMinutes(15));
        // 24-hour times, like the rest of the portal's dates and times
        time.setLocale(Locale.UK);
        time.setClearButtonVisible(true);
        time.setPlaceholder("No reminder");
        time.setHelperText("Your time zone (" + zone.getId().replace('_', ' ') + "). Leave empty for no reminders.");
        time.setValue(settings.time());
        time.setId("reminder-time");
        time.setWidthFull();
        Checkbox restDays = new Checkbox("No reminders on program rest days", settings.skipRestDays());
        restDays.setId("reminder-rest-days");
        ReminderChannels channels = new ReminderChannels(push, settings);
        Paragraph how = new Paragraph(describe(settings));
        how.setId("reminder-how");
        FieldMessages messages = new FieldMessages().bind("time", time);
        Button save = new Button("Save reminder", e -> {
            try {
                ReminderSettings saved = reminders.choose(new ReminderChoice(time.getValue(), restDays.getValue(),
                        channels.channel()));
                messages.clear();
                how.setText(describe(saved));
                Notification.show(saved.time() == null ? "No daily reminder" : "Reminder saved");
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        save.setId("save-reminder");
        add(new H3("Daily reminder"), how, time, channels, restDays, save);
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

    private static String explanation(ReminderSettings s) {
        if (!s.mailAvailable()) {
            return "Reminders go by e-mail, and this portal does not send mail.";
        }
        if (!s.hasEmail()) {
            return "Reminders go by e-mail: add your address below first.";
        }
        return "By e-mail, once a day, only when today's check-in or routine is still open. "
                + "After five reminders in a row without a visit they pause until you are back.";
    }
}
