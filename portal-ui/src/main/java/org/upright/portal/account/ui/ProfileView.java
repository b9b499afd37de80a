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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.upright.accounts.AccountProfile;
import org.upright.accounts.AccountService;
import org.upright.accounts.ProfileService;
import org.upright.accounts.mfa.SecondFactorService;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.portal.base.ui.LanguageSwitch;
import org.upright.portal.security.SessionSignIn;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.portal.base.ui.FieldMessages;
import org.upright.tracker.digest.CoachDigestService;
import org.upright.tracker.push.PushService;
import org.upright.tracker.reminder.ReminderService;

/**
 * Everyone's own page: name, language, e-mail address, password, two-step sign-in and (for members)
 * their coach and daily reminder.
 */
@Route("profile")
@Menu(title = "account.nav.profile", order = 90, icon = "vaadin:user")
@PermitAll
@StyleSheet("context://upright/accounts.css")
class ProfileView extends Main implements HasDynamicTitle {

    private final ProfileService profile;

    ProfileView(AccountService accounts, ProfileService profile, EmailAddressService emails, ReminderService reminders,
                SecondFactorService secondFactors, CoachDigestService digests, PushService push) {
        this.profile = profile;
        addClassName("page");
        setId("profile");
        AccountProfile me = accounts.requireCurrentProfile();
        Paragraph who = new Paragraph(getTranslation("account.profile.signed-in-as", me.username(), me.role().label()));
        who.setId("profile-who");
        add(who);
        if (me.role() == Role.MEMBER) {
            add(coachCard(me), new ReminderCard(reminders, push, me.zone()));
        }
        if (me.role() == Role.COACH) {
            add(new DigestCard(digests));
        }
        add(nameCard(me), languageCard(me), new EmailCard(emails), passwordCard(),
                new SecondFactorCard(secondFactors, me.zone()));
        add(new ThemeCard());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.profile.title");
    }

    private Component coachCard(AccountProfile me) {
        Paragraph coach = new Paragraph(me.coachName() == null
                ? getTranslation("account.profile.coach.none")
                : getTranslation("account.profile.coach.is", me.coachName()));
        coach.setId("profile-coach");
        return card(getTranslation("account.profile.coach.title"), coach);
    }

    private Component nameCard(AccountProfile me) {
        TextField name = new TextField(getTranslation("account.profile.name.label"));
        name.setValue(me.displayName());
        name.setMaxLength(120);
        name.setWidthFull();
        name.setId("profile-name");
        FieldMessages messages = new FieldMessages().bind("displayName", name);
        Button save = new Button(getTranslation("account.profile.name.save"), e -> {
            try {
                profile.changeDisplayName(name.getValue());
                messages.clear();
                Notification.show(getTranslation("account.profile.name.saved"));
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        save.setId("save-name");
        return card(getTranslation("account.profile.name.title"), name, save);
    }

    /** The language the portal speaks to this person; empty follows the browser. A change redraws the page in it. */
    private Component languageCard(AccountProfile me) {
        Select<Language> language = new Select<>();
        language.setLabel(getTranslation("account.profile.language.label"));
        language.setItems(Language.values());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("account.profile.language.browser"));
        language.setItemLabelGenerator(l -> l == null ? getTranslation("account.profile.language.browser") : l.ownName());
        language.setValue(me.language());
        language.setWidthFull();
        language.setId("profile-language");
        language.addValueChangeListener(e -> LanguageSwitch.apply(profile.changeLanguage(e.getValue())));
        return card(getTranslation("account.profile.language.title"), language);
    }

    private Component passwordCard() {
        PasswordField current = new PasswordField(getTranslation("account.profile.password.current"));
        current.setWidthFull();
        current.setId("current-password");
        PasswordField next = PasswordHelp.newPasswordField(getTranslation("account.password.new"));
        next.setId("new-password");
        PasswordField repeat = new PasswordField(getTranslation("account.profile.password.repeat"));
        repeat.setWidthFull();
        repeat.setId("repeat-password");
        FieldMessages messages = new FieldMessages().bind("currentPassword", current).bind("newPassword", next)
                .bind("repeat", repeat);
        Button save = new Button(getTranslation("account.profile.password.change"), e -> {
            if (!next.getValue().equals(repeat.getValue())) {
                messages.show(InvalidInputException.of("repeat", getTranslation("account.profile.password.differ")));
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
                Notification.show(getTranslation("account.profile.password.changed"));
            } catch (InvalidInputException problems) {
                messages.show(problems);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("change-password");
        return card(getTranslation("account.profile.password.title"), current, next, repeat, save);
    }

    static Component card(String title, Component... content) {
        Div card = new Div(new H3(title));
        card.add(content);
        card.addClassName("card");
        return card;
    }
}
