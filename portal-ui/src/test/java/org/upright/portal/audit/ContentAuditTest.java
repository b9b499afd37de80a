package org.upright.portal.audit;

import org.upright.accounts.*;
import org.upright.accounts.audit.*;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineDraft;
import org.upright.content.routine.RoutineService;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing and archiving content writes audit rows through the content event, in the same transaction. */
@SpringBootTest
class ContentAuditTest {

    @Autowired
    ArticleService articles;
    @Autowired
    RoutineService routines;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestAudit audit;
    @Autowired
    TransactionTemplate transactions;

    AccountProfile admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = accounts.create(Role.ADMIN);
        TestAccounts.signIn(admin);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private ArticleDetails draft() {
        return articles.create(new ArticleDraft(null, "Audit trail article " + System.nanoTime(), "A summary",
                "Body text", ArticleCategory.DAILY_HABITS, List.of(), "Alex Admin"));
    }

    @Test
    void publishingAndArchivingAreAuditedWithWhoAndWhat() {
        ArticleDetails article = draft();
        ArticleDetails published = articles.publish(article.id(), article.lockVersion());
        articles.archive(published.id(), published.lockVersion());

        assertThat(audit.about("ARTICLE", article.id())).extracting(TestAudit.Row::action, TestAudit.Row::actor,
                        TestAudit.Row::targetLabel, TestAudit.Row::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CONTENT_PUBLISHED", admin.username(), article.title(),
                                article.slug() + ": DRAFT → PUBLISHED"),
                        org.assertj.core.groups.Tuple.tuple("CONTENT_ARCHIVED", admin.username(), article.title(),
                                article.slug() + ": PUBLISHED → ARCHIVED"));
    }

    @Test
    void eachRoutinePublishNamesTheVersionItReleased() {
        RoutineDraft first = routineDraft("Audit trail routine " + System.nanoTime(), "Press the palms into the wall.");
        RoutineDetails draft = routines.create(first);
        RoutineDetails v1 = routines.publish(draft.id(), draft.lockVersion());
        RoutineDetails edited = routines.update(v1.id(), v1.lockVersion(),
                routineDraft(first.title(), "Press the palms into the wall, then relax the shoulders.").withSlug(v1.slug()));
        RoutineDetails v2 = routines.publish(edited.id(), edited.lockVersion());
        routines.archive(v2.id(), v2.lockVersion());

        assertThat(v2.publishedVersion()).isEqualTo(2);
        assertThat(audit.about("ROUTINE", draft.id())).extracting(TestAudit.Row::action, TestAudit.Row::details)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("CONTENT_PUBLISHED", v1.slug() + ": DRAFT → PUBLISHED, version 1"),
                        org.assertj.core.groups.Tuple.tuple("CONTENT_PUBLISHED", v1.slug() + ": PUBLISHED → PUBLISHED, version 2"),
                        org.assertj.core.groups.Tuple.tuple("CONTENT_ARCHIVED", v1.slug() + ": PUBLISHED → ARCHIVED"));
    }

    private static RoutineDraft routineDraft(String title, String instructions) {
        return new RoutineDraft(null, title, "A short routine", Set.of(BodyArea.CHEST), Difficulty.BEGINNER,
                Equipment.WALL, "Alex Admin", List.of(new RoutineStep("Wall press", instructions, 15, 5, 2, false,
                "Keep the low back still")), List.of());
    }

    @Test
    void aPublishRolledBackLeavesNoAuditRow() {
        ArticleDetails article = draft();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            articles.publish(article.id(), article.lockVersion());
            throw new IllegalStateException("a later step of the same transaction failed");
        })).hasMessageContaining("later step");
        assertThat(audit.about("ARTICLE", article.id())).isEmpty();
    }

    @Test
    void aRefusedPublishLeavesNoAuditRow() {
        ArticleDetails article = draft();
        assertThatThrownBy(() -> articles.publish(article.id(), article.lockVersion() + 1)).isInstanceOf(RuntimeException.class);
        assertThat(audit.about("ARTICLE", article.id())).isEmpty();
    }
}
