package org.upright.content.article;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.content.shared.ContentEditor;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentLifecycle;
import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InputValidator;
import org.upright.content.shared.SortWhitelist;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Articles: admins write, publish, unpublish and archive them; every signed-in person reads the
 * published ones. Drafts and archived articles never leave this service except to admins.
 */
@Service
@Transactional(readOnly = true)
public class ArticleService {

    /** Most cards or search results one call returns. */
    public static final int MAX_RESULTS = 100;
    private static final Set<String> SORTABLE = Set.of("title", "slug", "category", "status", "author", "updatedAt",
            "publishedAt");

    private final ArticleRepository articles;
    private final ArticleQueries queries;
    private final ContentEditor<Article, ArticleDraft> editor;

    ArticleService(ArticleRepository articles, ArticleQueries queries, InputValidator validator,
                   ContentLifecycle lifecycle) {
        this.articles = articles;
        this.queries = queries;
        this.editor = new ContentEditor<>(ContentKind.ARTICLE, articles, validator, lifecycle);
    }

    // ---- admins -------------------------------------------------------------------------------

    /** A new DRAFT. Throws InvalidInputException naming each bad field (slug taken included). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ArticleDetails create(ArticleDraft draft) {
        return editor.create(Article::new, draft).details();
    }

    /** Saves over version {@code expectedLockVersion}; EditConflictException if someone saved since. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ArticleDetails update(long id, long expectedLockVersion, ArticleDraft draft) {
        return editor.update(id, expectedLockVersion, draft).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ArticleDetails publish(long id, long expectedLockVersion) {
        return editor.changeStatus(id, expectedLockVersion, ContentStatus.PUBLISHED).details();
    }

    /** Back to DRAFT: members no longer see it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ArticleDetails unpublish(long id, long expectedLockVersion) {
        return editor.changeStatus(id, expectedLockVersion, ContentStatus.DRAFT).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public ArticleDetails archive(long id, long expectedLockVersion) {
        return editor.changeStatus(id, expectedLockVersion, ContentStatus.ARCHIVED).details();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ArticleDetails> findForEditing(long id) {
        return articles.findById(id).map(Article::details);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ArticleDetails> findForEditingBySlug(String slug) {
        return articles.findBySlug(slug).map(Article::details);
    }

    /** One page of the admin list, filtered and sorted in the database (sort by title, status, updatedAt…). */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<ArticleRow> list(ArticleFilter filter, Pageable pageable) {
        Pageable page = SortWhitelist.restrict(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        return articles.findAll(ArticleRepository.matching(filter), page).map(Article::row);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(ArticleFilter filter) {
        return articles.count(ArticleRepository.matching(filter));
    }

    /** Articles that routines and programs may link to as related reading (all but archived). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ArticleRef> listLinkable() {
        return queries.linkable();
    }

    // ---- every signed-in person ---------------------------------------------------------------

    /**
     * Published articles, newest first, optionally of one category, in the reader's language
     * ({@link Wording#currentLanguage()}) first, then English ones that have no version in it.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleCard> listPublished(ArticleCategory categoryOrNull, int limit) {
        return queries.published(categoryOrNull, clamp(limit), Wording.currentLanguage());
    }

    /**
     * Published articles matching {@code query} (web-search syntax), the reader's language first as
     * in {@link #listPublished}, best match first; blank lists all.
     */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleCard> searchPublished(String query, ArticleCategory categoryOrNull, int limit) {
        if (query == null || query.isBlank()) {
            return listPublished(categoryOrNull, limit);
        }
        return queries.search(query.strip(), categoryOrNull, clamp(limit), Wording.currentLanguage());
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedArticle> findPublishedBySlug(String slug) {
        return articles.findBySlugAndStatus(slug, ContentStatus.PUBLISHED)
                .map(Article::published);
    }

    /** The published ones among {@code ids}, in that order (drafts and archived are left out). */
    @PreAuthorize("isAuthenticated()")
    public List<ArticleRef> findPublishedRefs(List<Long> ids) {
        return queries.publishedRefs(ids);
    }

    // ---- internals ----------------------------------------------------------------------------

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_RESULTS));
    }
}
