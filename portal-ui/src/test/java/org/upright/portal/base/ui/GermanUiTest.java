package org.upright.portal.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TrackerData;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** A UI in German: the main menu, the frame around the view and the shared components speak German. */
@SpringBootTest
class GermanUiTest extends SpringBrowserlessTest {

    @Autowired
    TestAccounts accounts;
    @Autowired
    TrackerData data;

    AccountProfile coach;
    AccountProfile member;

    @BeforeEach
    void inGerman() {
        coach = accounts.create(Role.COACH);
        member = accounts.screened(accounts.create(Role.MEMBER, coach.id()));
        // as LanguageFilter and UiLanguage set them for a German browser
        LocaleContextHolder.setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void backToEnglish() {
        LocaleContextHolder.resetLocaleContext();
        TestAccounts.signOut();
    }

    @Test
    void theCoachsMenuFrameAndClientListAreGerman() {
        TestAccounts.signIn(coach);
        navigate("coach", Component.class);

        assertThat($(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel)
                .contains("Meine Klienten", "Triage").doesNotContain("My clients");
        assertThat($(SideNav.class).single().getLabel()).isEqualTo("Hauptmenü");
        assertThat($(H1.class).single().getText()).as("the view's title in the navbar").isEqualTo("Meine Klienten");
        assertThat($(Button.class).id("sign-out").getText()).isEqualTo("Abmelden");
        assertThat($(Button.class).id("invite-client").getText()).isEqualTo("Klient einladen");
    }

    @Test
    void theClientPageWithItsChartSpeaksGerman() {
        data.ratings(member.id(), 0, 5, 8, 9, 8);
        TestAccounts.signIn(coach);
        navigate("coach/clients/" + member.id(), Component.class);

        PainChart chart = $(PainChart.class).single();
        assertThat(chart.summary()).startsWith("Tägliche Schmerzen vom").contains("bewertet");
        assertThat(chart.chartJson()).as("the chart script's words").contains("\"months\":[\"Jan.\",\"Feb.\",\"März\"",
                "\"dayLabel\":\"{d}. {m}\"", "\"average\":\"7-Tage-Durchschnitt\"");
        assertThat(chart.getElement().getTextRecursively()).contains("Bereich ohne klare Veränderung um den Ausgangswert");
        assertThat($(Button.class).id("assign-button").getText()).isEqualTo("Programm zuweisen");
        assertThat($(DatePicker.class).id("assign-start").getI18n().getToday()).isEqualTo("Heute");
    }

    @Test
    void theMembersMessagesUseTheGermanThreadAndComposer() {
        TestAccounts.signIn(member);
        navigate("messages", Component.class);

        assertThat($(SideNav.class).single().getItems()).extracting(SideNavItem::getLabel).contains("Nachrichten");
        assertThat($(Paragraph.class).id("message-empty").getText()).startsWith("Noch keine Nachrichten. Schreiben Sie "
                + coach.displayName());
        assertThat($(Button.class).id("send-message").getText()).isEqualTo("Senden");
        assertThat($(Paragraph.class).id("messages-with").getText()).contains("Nur Sie und Ihr Coach");
    }

    @Test
    void theDailyCheckInIsGerman() {
        TestAccounts.signIn(member);
        navigate("today", Component.class);

        assertThat($(Paragraph.class).id("check-in-status").getText()).isEqualTo(
                "Heute noch nicht bewertet. Tippen Sie auf eine Zahl, um sie zu speichern.");
        assertThat($(Button.class).id("check-in-score-0").getElement().getAttribute("aria-label"))
                .isEqualTo("0 von 10, keine Schmerzen");
        test($(Button.class).id("check-in-score-4")).click();
        assertThat($(Paragraph.class).id("check-in-status").getText()).startsWith("Gespeichert: heute 4 von 10.");
    }

    @Test
    void vaadinsOwnDatePickerWordsFollowTheUiLanguage() {
        DatePicker picker = ComponentTexts.localized(new DatePicker());
        assertThat(picker.getI18n().getMonthNames()).startsWith("Januar", "Februar", "März");
        assertThat(picker.getI18n().getWeekdaysShort()).startsWith("So", "Mo");
        assertThat(picker.getI18n().getToday()).isEqualTo("Heute");
        assertThat(picker.getI18n().getCancel()).isEqualTo("Abbrechen");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getI18n().getDateFormats()).startsWith("dd.MM.yyyy");
    }
}
