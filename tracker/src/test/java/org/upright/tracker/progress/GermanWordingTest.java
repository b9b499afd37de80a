package org.upright.tracker.progress;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upright.kernel.i18n.Language;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.AlertText;
import org.upright.tracker.screening.Advice;
import org.upright.tracker.screening.ScreeningQuestion;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.upright.tracker.progress.ProgressRulesTest.baselineThenCurrent;
import static org.upright.tracker.progress.ProgressRulesTest.summary;

/** The tracker's words in the reader's language (LocaleContextHolder), German with a decimal comma. */
class GermanWordingTest {

    @AfterEach
    void english() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void theProgressSummaryIsGermanWithADecimalComma() {
        ProgressSummary s = summary(baselineThenCurrent("7 7 8 7 8 7 7", "5 5 6"));
        LocaleContextHolder.setLocale(Locale.GERMANY);
        assertThat(ProgressWording.summary(s.pain())).isEqualTo(
                "Seit Ihrer Anmeldung: Ihr Schmerz liegt 2,0 Punkte niedriger als zu Beginn (7,3 → 5,3) – eine Veränderung, die zählt.");
        assertThat(ProgressWording.one(4.25)).isEqualTo("4,3");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(ProgressWording.summary(s.pain())).isEqualTo(
                "Since you joined: your pain is 2.0 points lower than at the start (7.3 → 5.3) — a change that matters.");
    }

    @Test
    void aRedFlagQuestionAndItsAdviceAreAskedInGerman() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
        assertThat(ScreeningQuestion.CHEST_PAIN.text()).isEqualTo("Haben Sie Schmerzen, ein Druck- oder ein Engegefühl in der Brust?");
        assertThat(ScreeningQuestion.CHEST_PAIN.advice()).isEqualTo(Advice.EMERGENCY);
        assertThat(Advice.EMERGENCY.text()).startsWith("Rufen Sie jetzt den Notruf.");
        assertThat(ScreeningQuestion.Group.HEART.title()).contains("zwischen den Schulterblättern");
    }

    @Test
    void anAlertIsStoredAsKeyAndArgumentsAndReadInEachCoachsLanguage() {
        AlertText worsening = AlertText.of("tracker.alert.worsening.joined", 3.0, 5.7, 2.7);
        AlertText parsed = AlertText.parse(worsening.code());
        assertThat(parsed).isEqualTo(worsening);
        assertThat(parsed.text(Language.ENGLISH)).isEqualTo("Pain rose from 3.0 to 5.7 (+2.7 points) since joining");
        assertThat(parsed.text(Language.GERMAN)).isEqualTo("Schmerz gestiegen von 3,0 auf 5,7 (+2,7 Punkte) seit der Anmeldung");

        AlertText screening = AlertText.of("tracker.alert.screening", new AlertText.Keys(List.of(
                ScreeningQuestion.CHEST_PAIN.shortKey(), ScreeningQuestion.TEARING_PAIN.shortKey())));
        assertThat(AlertText.parse(screening.code()).text(Language.ENGLISH))
                .isEqualTo("Answered yes in the safety screening: chest pain, tearing pain. Routines are paused until cleared.");
        assertThat(AlertText.parse(screening.code()).text(Language.GERMAN)).contains("Brustschmerz, reißender Schmerz");

        AlertText titled = AlertText.of("tracker.alert.session.rose", 3, 6);
        assertThat(AlertText.parse(titled.code())).isEqualTo(titled);
        assertThat(AlertText.parse("Text from before alerts had keys").text(Language.GERMAN)).isEqualTo("Text from before alerts had keys");
        assertThat(AlertText.parse(AlertText.literal("#hash | and bar").code()).text()).isEqualTo("#hash | and bar");
        assertThat(new Alert(AlertKind.INACTIVE, null, null, AlertText.of("tracker.alert.inactive", 4), 4, null, false)
                .description()).isEqualTo("No rating and no session for 4 days");
    }
}
