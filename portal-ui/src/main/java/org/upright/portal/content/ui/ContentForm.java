package org.upright.portal.content.ui;

import org.upright.content.article.ArticleRef;
import org.upright.content.shared.EditableContent;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The mutable form model's header every content editor has (slug, title, author); each kind adds
 * its own fields. A Binder reads and writes it; the service only ever sees the draft it makes.
 */
public abstract class ContentForm {

    private String slug = "";
    private String title = "";
    private String author = "";

    /** Starts the header from what is stored. */
    protected void readHeader(EditableContent stored) {
        slug = stored.slug();
        title = stored.title();
        author = stored.author();
    }

    /** The choices among {@code linkable} that the stored ids name (for the related-articles picker). */
    protected static Set<ArticleRef> chosenArticles(Collection<ArticleRef> linkable, List<Long> ids) {
        return linkable.stream().filter(a -> ids.contains(a.id())).collect(Collectors.toSet());
    }

    /** Sorted, because the picker does not keep an order. */
    protected static List<Long> articleIds(Set<ArticleRef> chosen) {
        return chosen.stream().map(ArticleRef::id).sorted().toList();
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getAuthor() {
        return author;
    }

    public void setAuthor(String author) {
        this.author = author;
    }
}
