package org.upright.portal.content.article.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.kernel.Role;
import org.upright.portal.content.ContentViewTest;
import org.upright.portal.content.ui.SafeHtml;
import org.upright.portal.base.ui.AccessDeniedView;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The library and article pages as members (and coaches) see them, with the starter content. */
class MemberContentViewsTest extends ContentViewTest {

    @Autowired
    ArticleService articles;

    @Test
    void searchFindsTheWallPressArticleFirstAndOpensIt() {
        signInAs(Role.MEMBER);
        navigate("library", ArticleLibraryView.class);
        assertThat(cardTitles()).hasSizeGreaterThanOrEqualTo(6);

        test($(TextField.class).id("search")).setValue("wall press");
        assertThat(cardTitles().getFirst()).isEqualTo("How to do the wall press safely");
        assertThat($(Paragraph.class).id("result-note").getText()).contains("best match first");

        test(link("How to do the wall press safely")).click();
        ArticleReaderView reader = (ArticleReaderView) getCurrentView();
        assertThat(reader.getPageTitle()).isEqualTo("How to do the wall press safely");
        assertThat($(SafeHtml.class).id("article-body").html()).contains("<h2>").doesNotContain("<script");
        assertThat($(Div.class).id("related-routines").getElement().getTextRecursively()).contains("Wall press");
    }

    @Test
    void searchWithoutMatchesSaysSo() {
        signInAs(Role.MEMBER);
        navigate("library", ArticleLibraryView.class);
        test($(TextField.class).id("search")).setValue("xylophonequartz");
        assertThat(cardTitles()).isEmpty();
        assertThat($(Paragraph.class).id("result-note").getText()).contains("No articles match");
    }

    @Test
    void draftsAreNotInTheLibrary() {
        signInAs(Role.ADMIN);
        ArticleDetails draft = articles.create(new ArticleDraft("", "Unfinished " + UUID.randomUUID(), "S", "B",
                ArticleCategory.SAFETY, List.of(), "A"));
        signInAs(Role.MEMBER);
        navigate("library/" + draft.slug(), ArticleReaderView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("Article not found");
        navigate("library", ArticleLibraryView.class);
        assertThat(cardTitles()).doesNotContain(draft.title());
    }

    @Test
    void coachesMayReadButAdminsUseTheirOwnScreens() {
        signInAs(Role.COACH);
        navigate("library", ArticleLibraryView.class);
        signInAs(Role.ADMIN);
        navigate("library", AccessDeniedView.class);
        signInAs(Role.MEMBER);
        navigate("admin/articles", AccessDeniedView.class);
        navigate("admin/articles/new", AccessDeniedView.class);
    }

    @Test
    void searchInTheAddressIsRestored() {
        signInAs(Role.MEMBER);
        com.vaadin.flow.component.UI.getCurrent().navigate("library", com.vaadin.flow.router.QueryParameters.of("q", "desk"));
        assertThat(getCurrentView()).isInstanceOf(ArticleLibraryView.class);
        assertThat($(TextField.class).id("search").getValue()).isEqualTo("desk");
        assertThat(cardTitles()).contains("Desk posture habits that take the strain off your back");
    }

    @Test
    void memberHomeShowsTheNewestArticle() {
        signInAs(Role.MEMBER);
        navigate("today", com.vaadin.flow.component.Component.class);
        String card = $(Div.class).id("read-next").getElement().getTextRecursively();
        assertThat(card).contains("From the library", "Browse the library")
                .contains(articles.listPublished(null, 1).getFirst().title());
    }

    private List<String> cardTitles() {
        return $(Div.class).id("results").getChildren()
                .map(card -> card.getElement().getChild(1).getTextRecursively()).toList();
    }

    private Anchor link(String text) {
        return $(Anchor.class).all().stream().filter(a -> a.getText().equals(text)).findFirst().orElseThrow();
    }
}
