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
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TestAudit;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing and archiving content writes audit rows through the content event, in the same transaction. */
@SpringBootTest
class ContentAuditTest {

    @Autowired
    ArticleService articles;
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
