package org.upright.portal.account.ui;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.ProfileService;
import org.upright.accounts.mfa.SecondFactorService;
import org.upright.kernel.Role;
import org.upright.portal.security.SessionSignIn;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;
import org.upright.tracker.push.PushService;
import org.upright.tracker.reminder.ReminderService;

/**
 * Everyone's own page: name, e-mail address, password, two-step sign-in and (for members) their
 * coach and daily reminder.
 */
@Route("profile")
@PageTitle("Profile")
@Menu(title = "Profile", order = 90, icon = "vaadin:user")
@PermitAll
@StyleSheet("context://upright/accounts.css")
class ProfileView extends Main {

    private final ProfileService profile;

    ProfileView(AccountService accounts, ProfileService profile, EmailAddressService emails, ReminderService reminders,
                SecondFactorService secondFactors, PushService push) {
        this.profile = profile;
        addClassName("page");
        setId("profile");
        AccountProfile me = accounts.requireCurrentProfile();
        Paragraph who = new Paragraph("Signed in as " + me.username() + " · " + me.role().label());
        who.setId("profile-who");
        add(who);
        if (me.role() == Role.MEMBER) {
            add(coachCard(me), new ReminderCard(reminders, push, me.zone()));
        }
        add(nameCard(me), new EmailCard(emails), passwordCard(), new SecondFactorCard(secondFactors, me.zone()));
    }

    private static Component coachCard(AccountProfile me) {
        Paragraph coach = new Paragraph(me.coachName() == null
                ? "You have no coach yet. An administrator can assign one."
                : "Your coach is " + me.coachName() + ".");
        coach.setId("profile-coach");
        return card("Your coach", coach);
    }

    private Component nameCard(AccountProfile me) {
        TextField name = new TextField("Your name");
        name.setValue(me.displayName());
        name.setMaxLength(120);
        name.setWidthFull();
        name.setId("profile-name");
        FieldMessages messages = new FieldMessages().bind("displayName", name);
        Button save = new Button("Save name", e -> {
            try {
                profile.changeDisplayName(name.getValue());
                messages.clear();
                Notification.show("Name saved");
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        save.setId("save-name");
        return card("Name", name, save);
    }

    private Component passwordCard() {
        PasswordField current = new PasswordField("Current password");
        current.setWidthFull();
        current.setId("current-password");
        PasswordField next = PasswordHelp.newPasswordField("New password");
        next.setId("new-password");
        PasswordField repeat = new PasswordField("Repeat the new password");
        repeat.setWidthFull();
        repeat.setId("repeat-password");
        FieldMessages messages = new FieldMessages().bind("currentPassword", current).bind("newPassword", next)
                .bind("repeat", repeat);
        Button save = new Button("Change password", e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                messages.show(InvalidInputException.of("repeat", "The two new passwords differ"));
                return;
            }
            try {
                profile.changePassword(current.getValue(), next.getValue());
                // this browser stays signed in; other devices are signed out
                SessionSignIn.renewCurrent();
                messages.clear();
                current.clear();
                next.clear();
                repeat.clear();
                Notification.show("Password changed. Other devices where you were signed in are signed out.");
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        return card("Password", current, next, repeat, save);
    }

    static Component card(String title, Component... content) {
        Div card = new Div(new H3(title));
        card.add(content);
        card.addClassName("card");
        return card;
    }
}
