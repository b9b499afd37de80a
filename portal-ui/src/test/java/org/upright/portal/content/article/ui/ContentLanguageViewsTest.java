package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.content.shared.Slugs;
import org.upright.kernel.Role;
import org.upright.kernel.i18n.Language;
import org.upright.portal.content.ContentViewTest;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The editors' language fields, and the library in the member's language with English behind it. */
class ContentLanguageViewsTest extends ContentViewTest {

    @Autowired
    ArticleService articles;

    @AfterEach
    void englishAgain() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void anAdminWritesAGermanTranslationOfAnEnglishArticle() {
        signInAs(Role.ADMIN);
        ArticleDetails original = articles.create(new ArticleDraft("", "Original " + UUID.randomUUID(), "S", "B",
                ArticleCategory.SAFETY, List.of(), "A"));
        navigate("admin/articles/new", ArticleEditorView.class);
        assertThat(language().getValue()).isEqualTo(Language.ENGLISH);
        assertThat(language().getLabel()).isEqualTo("Language");
        assertThat($(ComboBox.class).withId("translation-of").exists()).as("no original for English").isFalse();

        String title = "Übersetzung " + UUID.randomUUID().toString().substring(0, 6);
        $(TextField.class).id("title").setValue(title);
        $(TextArea.class).id("summary").setValue("Warum der Rücken schmerzt.");
        test($(Select.class).id("category")).selectItem("Understanding pain");
        test($(TextArea.class).id("body")).setValue("Etwas **Text**.");
        test(language()).selectItem("Deutsch");
        test(translationOf()).selectItem(original.title());
        test($(Button.class).id("save")).click();

        ArticleDetails saved = articles.findForEditingBySlug(Slugs.fromTitle(title)).orElseThrow();
        assertThat(saved.language()).isEqualTo(Language.GERMAN);
        assertThat(saved.translationOf()).isEqualTo(original.id());

        navigate("admin/articles/" + saved.id(), ArticleEditorView.class);
        assertThat(language().getValue()).isEqualTo(Language.GERMAN);
        assertThat(translationOf().getValue().id()).isEqualTo(original.id());

        // a second German version of the same original is refused on the field
        navigate("admin/articles/new", ArticleEditorView.class);
        $(TextField.class).id("title").setValue("Zweite " + UUID.randomUUID().toString().substring(0, 6));
        $(TextArea.class).id("summary").setValue("Noch eine.");
        test($(Select.class).id("category")).selectItem("Understanding pain");
        test($(TextArea.class).id("body")).setValue("Text.");
        test(language()).selectItem("Deutsch");
        test(translationOf()).selectItem(original.title());
        test($(Button.class).id("save")).click();
        assertThat(translationOf().isInvalid()).isTrue();
        assertThat(translationOf().getErrorMessage()).isEqualTo("Another item is already the Deutsch version of this original.");
    }

    @Test
    void aGermanMemberReadsTheGermanStarterArticlesAndAnEnglishMemberTheEnglishOnes() {
        signInAs(Role.MEMBER);
        LocaleContextHolder.setLocale(Locale.GERMAN);
        navigate("library", ArticleLibraryView.class);
        assertThat(cardTitles()).contains("Wanddrücken sicher ausführen")
                .doesNotContain("How to do the wall press safely");
        // what the author wrote carries its language, for screen readers (the page's labels keep the page's)
        assertThat($(Div.class).id("results").getChildren().map(card -> card.getElement().getChild(1).getAttribute("lang")))
                .contains("de").doesNotContain("en");
        navigate("library/wanddruecken-sicher-ausfuehren", ArticleReaderView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).id("article-title").getElement().getAttribute("lang"))
                .isEqualTo("de");

        LocaleContextHolder.setLocale(Locale.ENGLISH);
        navigate("library", ArticleLibraryView.class);
        assertThat(cardTitles()).contains("How to do the wall press safely")
                .doesNotContain("Wanddrücken sicher ausführen");
    }

    @SuppressWarnings("unchecked")
    private Select<Language> language() {
        return $(Select.class).id("language");
    }

    @SuppressWarnings("unchecked")
    private ComboBox<org.upright.content.shared.TranslationOriginals.Original> translationOf() {
        return $(ComboBox.class).id("translation-of");
    }

    private List<String> cardTitles() {
        return $(Div.class).id("results").getChildren()
                .map(card -> card.getElement().getChild(1).getTextRecursively()).toList();
    }
}
