package org.upright.content.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.upright.content.markdown.MarkdownRenderer;
import org.upright.content.shared.EditedByDraft;
import org.upright.content.shared.PublishableContent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An article. The search vector is a generated column in the database and is not mapped. */
@Entity
@Table(name = "article")
class Article extends PublishableContent implements EditedByDraft<ArticleDraft> {

    @Column(nullable = false, length = 300)
    private String summary;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ArticleCategory category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private List<String> tags = new ArrayList<>();

    protected Article() {
    }

    Article(Instant now) {
        super(now);
    }

    @Override
    public void apply(ArticleDraft draft, String slug, Instant now) {
        setHeader(slug, draft.title().strip(), draft.author().strip(), now);
        this.summary = draft.summary().strip();
        this.body = draft.body();
        this.category = draft.category();
        this.tags = new ArrayList<>(draft.tags().stream().map(String::strip).distinct().toList());
    }

    ArticleDetails details() {
        return new ArticleDetails(getId(), getLockVersion(), getSlug(), getTitle(), summary, body, category,
                List.copyOf(tags), getAuthor(), getStatus(), getPublishedAt(), getUpdatedAt(), getLanguage(), getTranslationOf());
    }

    ArticleRow row() {
        return new ArticleRow(getId(), getSlug(), getTitle(), category, getStatus(), getAuthor(), getUpdatedAt(),
                getPublishedAt(), getLanguage());
    }

    PublishedArticle published() {
        return new PublishedArticle(getId(), getSlug(), getTitle(), summary, category, List.copyOf(tags), getAuthor(),
                getPublishedAt(), MarkdownRenderer.toSafeHtml(body), getLanguage());
    }
}
