package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleFilter;
import org.upright.content.article.ArticleService;
import org.upright.content.shared.ContentStatus;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;
import org.upright.portal.content.ui.ConflictBanner;
import org.upright.portal.content.ui.SafeHtml;
import org.upright.portal.content.ui.StatusBadge;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleEditorViewTest extends ContentViewTest {

    @Autowired
    ArticleService articles;

    @BeforeEach
    void signInAsAdmin() {
        signInAs(Role.ADMIN);
    }

    @Test
    void invalidInputShowsMessagesNextToFieldsAndKeepsEverythingTyped() {
        navigate("admin/articles/new", ArticleEditorView.class);
        long before = articles.count(ArticleFilter.ALL);
        field("title").setValue("ab");
        area("body").setValue("## My long draft\n\nWhich must not be lost.");
        test(button("save")).click();

        assertThat(field("title").isInvalid()).isTrue();
        assertThat(field("title").getErrorMessage()).isEqualTo("Title must be 3–120 characters");
        assertThat(area("summary").isInvalid()).isTrue();
        assertThat(area("summary").getErrorMessage()).isEqualTo("Summary is required");
        assertThat($(Select.class).id("category").getErrorMessage()).isEqualTo("Category is required");
        assertThat($(Div.class).id("form-problems").isVisible()).isTrue();
        assertThat(area("body").getValue()).isEqualTo("## My long draft\n\nWhich must not be lost.");
        assertThat(field("title").getValue()).isEqualTo("ab");
        assertThat(articles.count(ArticleFilter.ALL)).isEqualTo(before);
    }

    @Test
    void previewShowsSanitizedMarkdownBesideTheEditor() {
        navigate("admin/articles/new", ArticleEditorView.class);
        test(area("body")).setValue("## Press\n\n**hard** <script>alert(1)</script> [x](javascript:alert(1))");
        String html = $(SafeHtml.class).id("preview").html();
        assertThat(html).contains("<h2>Press</h2>", "<strong>hard</strong>").doesNotContain("<script", "javascript:");
    }

    @Test
    void writesSavesAndPublishesAnArticle() {
        navigate("admin/articles/new", ArticleEditorView.class);
        String title = "Shoulder blades " + UUID.randomUUID().toString().substring(0, 6);
        fillValid(title);
        test(button("save")).click();
        ArticleDetails saved = articles.findForEditingBySlug(slugOf(title)).orElseThrow();
        assertThat(saved.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(saved.tags()).containsExactly("posture", "desk");
        assertThat(status().getText()).isEqualTo("Draft");
        assertThat(com.vaadin.flow.component.UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("admin/articles/" + saved.id());
        assertThat(((ArticleEditorView) getCurrentView()).getPageTitle()).isEqualTo("Edit article");

        test(button("publish")).click();
        assertThat(articles.findForEditing(saved.id()).orElseThrow().status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(status().getText()).isEqualTo("Published");
        assertThat($(Button.class).withId("publish").exists()).isFalse();

        test(button("archive")).click();
        assertThat(articles.findForEditing(saved.id()).orElseThrow().status()).isEqualTo(ContentStatus.ARCHIVED);
    }

    @Test
    void takenSlugIsReportedOnTheSlugField() {
        ArticleDetails existing = articles.create(new ArticleDraft("", "Existing " + UUID.randomUUID(), "S", "B",
                ArticleCategory.SAFETY, List.of(), "A"));
        navigate("admin/articles/new", ArticleEditorView.class);
        fillValid("Another title " + UUID.randomUUID().toString().substring(0, 6));
        field("slug").setValue(existing.slug());
        test(button("save")).click();
        assertThat(field("slug").isInvalid()).isTrue();
        assertThat(field("slug").getErrorMessage()).contains("already used");
        assertThat(area("body").getValue()).isEqualTo("Some **body** text.");
    }

    @Test
    void savingOverSomeoneElsesChangeShowsTheConflictAndKeepsTypedText() {
        ArticleDetails original = articles.create(new ArticleDraft("", "Conflict " + UUID.randomUUID(), "Original",
                "Body", ArticleCategory.SAFETY, List.of(), "A"));
        navigate("admin/articles/" + original.id(), ArticleEditorView.class);
        // a second admin saves first
        articles.update(original.id(), original.lockVersion(), new ArticleDraft(original.slug(), original.title(),
                "Their summary", "Body", ArticleCategory.SAFETY, List.of(), "A"));

        area("summary").setValue("My summary");
        test(button("save")).click();
        ConflictBanner banner = $(ConflictBanner.class).single();
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getTextRecursively())
                .contains("This item was changed by someone else — reload or keep editing");
        assertThat(area("summary").getValue()).isEqualTo("My summary");
        assertThat(articles.findForEditing(original.id()).orElseThrow().summary()).isEqualTo("Their summary");

        test($(Button.class).id("conflict-keep")).click();
        test(button("save")).click();
        assertThat(articles.findForEditing(original.id()).orElseThrow().summary()).isEqualTo("My summary");
    }

    @Test
    void reloadAfterAConflictShowsTheirVersion() {
        ArticleDetails original = articles.create(new ArticleDraft("", "Reload " + UUID.randomUUID(), "Original",
                "Body", ArticleCategory.SAFETY, List.of(), "A"));
        navigate("admin/articles/" + original.id(), ArticleEditorView.class);
        articles.update(original.id(), original.lockVersion(), new ArticleDraft(original.slug(), original.title(),
                "Their summary", "Body", ArticleCategory.SAFETY, List.of(), "A"));
        area("summary").setValue("Mine");
        test(button("save")).click();
        test($(Button.class).id("conflict-reload")).click();
        assertThat(area("summary").getValue()).isEqualTo("Their summary");
        assertThat($(ConflictBanner.class).exists()).isFalse();
    }

    @Test
    void unknownIdSaysSo() {
        navigate("admin/articles/999999999", ArticleEditorView.class);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).id("missing").getText()).contains("no article");
    }

    private void fillValid(String title) {
        field("title").setValue(title);
        area("summary").setValue("Why the back aches.");
        test($(Select.class).id("category")).selectItem("Understanding pain");
        field("tags").setValue("posture, desk");
        test(area("body")).setValue("Some **body** text.");
    }

    private static String slugOf(String title) {
        return org.upright.content.shared.Slugs.fromTitle(title);
    }

    private TextField field(String id) {
        return $(TextField.class).id(id);
    }

    private TextArea area(String id) {
        return $(TextArea.class).id(id);
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private StatusBadge status() {
        return $(StatusBadge.class).id("status");
    }
}
