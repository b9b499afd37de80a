package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upright.content.routine.RoutineTiming;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin whose language is German gets the editor in German: headings and buttons from the
 * portal's bundle, the draft's rules (checked in the form) and the service's own findings (checked
 * on save) from content-core's.
 */
class GermanArticleEditorTest extends ContentViewTest {

    @BeforeEach
    void germanAdmin() {
        signInAs(Role.ADMIN);
        LocaleContextHolder.setLocale(Locale.GERMAN);
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void backToEnglish() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void headingsButtonsAndProblemsAreGerman() {
        navigate("admin/articles/new", ArticleEditorView.class);
        assertThat(((ArticleEditorView) getCurrentView()).getPageTitle()).isEqualTo("Neuer Artikel");
        assertThat($(Button.class).id("save").getText()).isEqualTo("Speichern");
        assertThat($(TextField.class).id("slug").getLabel()).isEqualTo("Adresskürzel");

        $(TextField.class).id("title").setValue("ab");
        test($(Button.class).id("save")).click();
        assertThat($(TextField.class).id("title").getErrorMessage()).isEqualTo("Der Titel muss 3–120 Zeichen lang sein");
        assertThat($(TextArea.class).id("summary").getErrorMessage()).isEqualTo("Die Zusammenfassung ist erforderlich");
        assertThat($(Div.class).id("form-problems").getElement().getTextRecursively())
                .isEqualTo("Nicht gespeichert: Korrigieren Sie die rot markierten Felder.");
    }

    @Test
    void theServicesFindingsAndLabelsAreGermanToo() {
        navigate("admin/articles/new", ArticleEditorView.class);
        $(TextField.class).id("title").setValue("!!! ???");
        $(TextArea.class).id("summary").setValue("Warum der Rücken schmerzt.");
        test($(Select.class).id("category")).selectItem("Schmerzen verstehen");
        test($(TextArea.class).id("body")).setValue("Etwas **Text**.");
        test($(Button.class).id("save")).click();

        assertThat($(TextField.class).id("slug").getErrorMessage()).startsWith("Ein Adresskürzel ist erforderlich");
        assertThat($(H2.class).first().getText()).isEqualTo("Neuer Artikel");
        assertThat(RoutineTiming.plan(20, 10, 3, true, false)).isEqualTo("Halten 20 Sek. · entspannen 10 Sek. · 3-mal · je Seite");
        assertThat(RoutineTiming.duration(395)).isEqualTo("6 Min. 35 Sek.");
    }
}
