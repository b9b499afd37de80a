package org.upright.portal.content.article.ui;

import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.portal.content.ui.ContentForm;

import java.util.Arrays;
import java.util.List;

/** The article editor's mutable form model; the service only ever sees the {@link ArticleDraft} it makes. */
class ArticleForm extends ContentForm {

    private String summary = "";
    private String body = "";
    private ArticleCategory category;
    private String tags = "";

    static ArticleForm of(ArticleDetails d) {
        ArticleForm f = new ArticleForm();
        f.readHeader(d);
        f.summary = d.summary();
        f.body = d.body();
        f.category = d.category();
        f.tags = String.join(", ", d.tags());
        return f;
    }

    ArticleDraft toDraft() {
        return new ArticleDraft(getSlug(), getTitle(), summary, body, category, tagList(tags), getAuthor());
    }

    /** "posture, desk ,, neck" becomes [posture, desk, neck]. */
    static List<String> tagList(String text) {
        return text == null ? List.of() : Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .toList();
    }

    String getSummary() {
        return summary;
    }

    void setSummary(String summary) {
        this.summary = summary;
    }

    String getBody() {
        return body;
    }

    void setBody(String body) {
        this.body = body;
    }

    ArticleCategory getCategory() {
        return category;
    }

    void setCategory(ArticleCategory category) {
        this.category = category;
    }

    String getTags() {
        return tags;
    }

    void setTags(String tags) {
        this.tags = tags;
    }

}
