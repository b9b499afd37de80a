package org.upright.content.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentFixtures;
import org.upright.content.ContentTestApp;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.RoutineTiming;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** With a German request, the module's messages (constraints, service rules, conflicts, labels, times) are German. */
@SpringBootTest(classes = ContentTestApp.class)
@WithMockUser(username = "editor", roles = "ADMIN")
class GermanContentMessagesTest {

    @Autowired
    ArticleService articles;

    @BeforeEach
    void german() {
        LocaleContextHolder.setLocale(Locale.GERMAN);
    }

    @AfterEach
    void english() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void constraintsAndServiceRulesSpeakGerman() {
        InvalidInputException bad = catchThrowableOfType(InvalidInputException.class, () -> articles.create(
                new ArticleDraft("Kein Kürzel", "ab", " ", "", null, List.of(), "")));
        assertThat(bad.messageFor("title")).contains("Der Titel muss 3–120 Zeichen lang sein");
        assertThat(bad.messageFor("category")).contains("Die Kategorie ist erforderlich");

        ArticleDetails first = articles.create(ContentFixtures.article());
        InvalidInputException taken = catchThrowableOfType(InvalidInputException.class, () -> articles.create(
                new ArticleDraft(first.slug(), "Noch ein Titel", "Kurz.", "Text", ArticleCategory.SAFETY, List.of(), "A")));
        assertThat(taken.messageFor("slug"))
                .contains("Das Adresskürzel „" + first.slug() + "“ wird bereits verwendet; wählen Sie ein anderes");

        EditConflictException conflict = catchThrowableOfType(EditConflictException.class,
                () -> articles.update(first.id(), first.lockVersion() + 5, ContentFixtures.article()));
        assertThat(conflict.getMessage()).startsWith("Dieser Artikel (ID " + first.id() + ") wurde inzwischen");
    }

    @Test
    void labelsAndTimesSpeakGerman() {
        assertThat(Difficulty.BEGINNER.label()).isEqualTo("Einsteiger");
        assertThat(ContentStatus.PUBLISHED.label()).isEqualTo("Veröffentlicht");
        assertThat(RoutineTiming.duration(45)).isEqualTo("45 Sek.");
        assertThat(RoutineTiming.plan(20, 0, 1, false, true)).isEqualTo("Bewegen 20 Sek. · einmal");
    }
}
