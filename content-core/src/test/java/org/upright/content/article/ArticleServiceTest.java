package org.upright.content.article;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.upright.content.ContentFixtures;
import org.upright.content.ContentTestApp;
import org.upright.content.RecordedEvents;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.ContentStatusChanged;
import org.upright.content.shared.EditConflictException;
import org.upright.kernel.validation.FieldProblem;
import org.upright.kernel.validation.InvalidInputException;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@SpringBootTest(classes = ContentTestApp.class)
@WithMockUser(username = "editor", roles = "ADMIN")
class ArticleServiceTest {

    @Autowired
    ArticleService articles;
    @Autowired
    RecordedEvents events;

    @Test
    void createsDraftWithSlugDerivedFromTitle() {
        String title = ContentFixtures.unique("Desk Posture: Habits!");
        ArticleDetails created = articles.create(ContentFixtures.article(title, "Sum", "Body"));
        assertThat(created.slug()).startsWith("desk-posture-habits-").matches("[a-z0-9-]+");
        assertThat(created.status()).isEqualTo(ContentStatus.DRAFT);
        assertThat(created.publishedAt()).isNull();
        assertThat(articles.findForEditing(created.id())).contains(created);
    }

    @Test
    void reportsEveryInvalidFieldByName() {
        ArticleDraft bad = new ArticleDraft("Not A Slug", "ab", " ", "", null, List.of(" "), "");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> articles.create(bad));
        assertThat(e.problems()).extracting(FieldProblem::field)
                .contains("slug", "title", "summary", "body", "category", "author", "tags[0].<list element>");
        assertThat(e.messageFor("title")).contains("Title must be 3–120 characters");
        assertThat(e.messageFor("slug")).contains("Slug may contain only lower-case letters, digits and single hyphens");

        ArticleDraft tooLong = ContentFixtures.article("x".repeat(121), "Sum", "Body");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> articles.create(tooLong)).messageFor("title"))
                .contains("Title must be 3–120 characters");
    }

    @Test
    void slugsAreUnique() {
        ArticleDetails first = articles.create(ContentFixtures.article());
        ArticleDraft same = new ArticleDraft(first.slug(), ContentFixtures.unique("Other"), "S", "B",
                ArticleCategory.SAFETY, List.of(), "A");
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> articles.create(same)).messageFor("slug")
                .orElseThrow()).contains("already used");

        ArticleDetails second = articles.create(ContentFixtures.article());
        ArticleDraft renamed = new ArticleDraft(first.slug(), second.title(), "S", "B", ArticleCategory.SAFETY, List.of(), "A");
        assertThatThrownBy(() -> articles.update(second.id(), second.lockVersion(), renamed))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("slug: Slug '" + first.slug());
        // keeping its own slug is not a clash
        assertThat(articles.update(first.id(), first.lockVersion(), first.toDraft()).slug()).isEqualTo(first.slug());
    }

    @Test
    void staleSaveIsAConflictAndChangesNothing() {
        ArticleDetails loaded = articles.create(ContentFixtures.article());
        ArticleDetails savedByOther = articles.update(loaded.id(), loaded.lockVersion(),
                new ArticleDraft(loaded.slug(), loaded.title(), "Their summary", loaded.body(), loaded.category(),
                        loaded.tags(), loaded.author()));
        assertThat(savedByOther.lockVersion()).isGreaterThan(loaded.lockVersion());

        ArticleDraft mine = new ArticleDraft(loaded.slug(), loaded.title(), "My summary", loaded.body(), loaded.category(),
                loaded.tags(), loaded.author());
        EditConflictException conflict = catchThrowableOfType(EditConflictException.class,
                () -> articles.update(loaded.id(), loaded.lockVersion(), mine));
        assertThat(conflict.getMessage()).contains("changed by someone else");
        assertThat(conflict.currentLockVersion()).isEqualTo(savedByOther.lockVersion());
        assertThat(articles.findForEditing(loaded.id()).orElseThrow().summary()).isEqualTo("Their summary");
        assertThatThrownBy(() -> articles.publish(loaded.id(), loaded.lockVersion())).isInstanceOf(EditConflictException.class);
    }

    @Test
    void lifeCycleAnnouncesEachChangeInsideTheTransaction() {
        ArticleDetails draft = articles.create(ContentFixtures.article());
        assertThat(articles.findPublishedBySlug(draft.slug())).isEmpty();

        ArticleDetails published = articles.publish(draft.id(), draft.lockVersion());
        assertThat(published.status()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(articles.findPublishedBySlug(draft.slug())).isPresent();
        assertThatThrownBy(() -> articles.publish(draft.id(), published.lockVersion()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already published");

        ArticleDetails unpublished = articles.unpublish(draft.id(), published.lockVersion());
        assertThat(articles.findPublishedBySlug(draft.slug())).isEmpty();
        ArticleDetails archived = articles.archive(draft.id(), unpublished.lockVersion());
        assertThat(archived.status()).isEqualTo(ContentStatus.ARCHIVED);
        assertThatThrownBy(() -> articles.archive(draft.id(), archived.lockVersion()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("status: This item is already archived");

        assertThat(events.about("ARTICLE", draft.id())).extracting(RecordedEvents.Received::event).containsExactly(
                new ContentStatusChanged("ARTICLE", draft.id(), draft.slug(), draft.title(), ContentStatus.DRAFT, ContentStatus.PUBLISHED, null, "editor"),
                new ContentStatusChanged("ARTICLE", draft.id(), draft.slug(), draft.title(), ContentStatus.PUBLISHED, ContentStatus.DRAFT, null, "editor"),
                new ContentStatusChanged("ARTICLE", draft.id(), draft.slug(), draft.title(), ContentStatus.DRAFT, ContentStatus.ARCHIVED, null, "editor"));
        assertThat(events.about("ARTICLE", draft.id())).allMatch(RecordedEvents.Received::inTransaction);
    }

    @Test
    void searchRanksTitleOverSummaryOverBodyAndSkipsDrafts() {
        String word = "zq" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);
        ArticleDetails inBody = publish(ContentFixtures.article(ContentFixtures.unique("Body"), "Plain summary",
                "Somewhere deep in the text: " + word + "."));
        ArticleDetails inTitle = publish(ContentFixtures.article(ContentFixtures.unique("All about " + word), "Plain", "Text"));
        ArticleDetails inSummary = publish(ContentFixtures.article(ContentFixtures.unique("Summary"), "Mentions " + word, "Text"));
        articles.create(ContentFixtures.article(ContentFixtures.unique("Draft " + word), word, word));

        assertThat(articles.searchPublished(word, null, 10)).extracting(ArticleCard::id)
                .containsExactly(inTitle.id(), inSummary.id(), inBody.id());
        assertThat(articles.searchPublished(word, ArticleCategory.SAFETY, 10)).isEmpty();
        // web-search syntax: a minus excludes
        assertThat(articles.searchPublished(word + " -deep", null, 10)).extracting(ArticleCard::id)
                .containsExactlyInAnyOrder(inTitle.id(), inSummary.id());
    }

    @Test
    void publishedArticleCarriesSanitizedHtml() {
        ArticleDetails a = publish(ContentFixtures.article(ContentFixtures.unique("Markdown"), "S",
                "## Hold\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[link](https://example.org) <script>alert(1)</script>"));
        PublishedArticle read = articles.findPublishedBySlug(a.slug()).orElseThrow();
        assertThat(read.html()).contains("<h2>Hold</h2>", "<table>", "rel=\"noopener nofollow\"")
                .doesNotContain("<script");
    }

    @Test
    void adminListFiltersSortsAndPagesInTheDatabase() {
        String tag = ContentFixtures.unique("Listed").replace(" ", "");
        for (int i = 0; i < 3; i++) {
            articles.create(ContentFixtures.article(tag + " " + i, "S", "B"));
        }
        publish(ContentFixtures.article(tag + " 3", "S", "B"));
        ArticleFilter drafts = new ArticleFilter(ContentStatus.DRAFT, ArticleCategory.DAILY_HABITS, tag.toLowerCase());
        Page<ArticleRow> page = articles.list(drafts, PageRequest.of(0, 2, Sort.by("title")));
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getContent()).extracting(ArticleRow::title).containsExactly(tag + " 0", tag + " 1");
        assertThat(articles.list(drafts, PageRequest.of(1, 2, Sort.by(Sort.Direction.DESC, "title"))).getContent())
                .extracting(ArticleRow::title).containsExactly(tag + " 0");
        assertThat(articles.count(new ArticleFilter(null, null, tag))).isEqualTo(4);
        // an unknown sort property is ignored rather than failing
        assertThat(articles.list(drafts, PageRequest.of(0, 5, Sort.by("body; drop table"))).getTotalElements()).isEqualTo(3);
    }

    @Test
    @WithMockUser(username = "mia", roles = "MEMBER")
    void membersReadPublishedButCannotWrite() {
        assertThatThrownBy(() -> articles.create(ContentFixtures.article())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> articles.findForEditing(1)).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> articles.list(ArticleFilter.ALL, PageRequest.of(0, 5)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(articles.listPublished(null, 100)).allSatisfy(card -> assertThat(card.publishedAt()).isNotNull());
    }

    private ArticleDetails publish(ArticleDraft draft) {
        ArticleDetails created = articles.create(draft);
        return articles.publish(created.id(), created.lockVersion());
    }
}
