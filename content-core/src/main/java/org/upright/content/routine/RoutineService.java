package org.upright.content.routine;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.content.article.ArticleService;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.BodyArea;
import org.upright.content.shared.ContentEditor;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.ContentLifecycle;
import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InputValidator;
import org.upright.kernel.validation.InvalidInputException;
import org.upright.content.shared.SortWhitelist;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Routines: admins edit a working copy; each publish that changes what members see freezes a new
 * numbered version. Members, the timer and recorded sessions read versions, never the working copy.
 */
@Service
@Transactional(readOnly = true)
public class RoutineService {

    private static final Set<String> SORTABLE = Set.of("title", "slug", "difficulty", "equipment", "status",
            "publishedVersion", "updatedAt");

    private final RoutineRepository routines;
    private final RoutineVersionRepository versions;
    private final RoutineQueries queries;
    private final ArticleService articles;
    private final ContentLifecycle lifecycle;
    private final ContentEditor<Routine, RoutineDraft> editor;
    private final EntityManager entityManager;

    RoutineService(RoutineRepository routines, RoutineVersionRepository versions, RoutineQueries queries,
                   ArticleService articles, InputValidator validator, ContentLifecycle lifecycle,
                   EntityManager entityManager) {
        this.routines = routines;
        this.versions = versions;
        this.queries = queries;
        this.articles = articles;
        this.lifecycle = lifecycle;
        this.editor = new ContentEditor<>(ContentKind.ROUTINE, routines, validator, lifecycle);
        this.entityManager = entityManager;
    }

    // ---- admins -------------------------------------------------------------------------------

    /** A new DRAFT. Throws InvalidInputException naming each bad field ("steps[1].holdSeconds"…). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoutineDetails create(RoutineDraft draft) {
        return details(editor.create(Routine::new, draft));
    }

    /**
     * Saves the working copy over lock version {@code expectedLockVersion} (EditConflictException if
     * someone saved since). Members keep seeing the published version until the next publish.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoutineDetails update(long id, long expectedLockVersion, RoutineDraft draft) {
        return details(editor.update(id, expectedLockVersion, draft));
    }

    /**
     * Publishes the working copy. A working copy that differs from the last version becomes version
     * n + 1; re-publishing an unchanged, unpublished routine brings its last version back.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoutineDetails publish(long id, long expectedLockVersion) {
        Routine routine = editor.loadLocked(id, expectedLockVersion);
        Optional<RoutineVersion> latest = versions.findFirstByRoutineIdOrderByVersionNumberDesc(id);
        boolean changed = latest.map(v -> !v.content().equals(routine.content())).orElse(true);
        if (!changed && routine.getStatus() == ContentStatus.PUBLISHED) {
            throw InvalidInputException.of("status", Wording.text("content.routine.unchanged", routine.getPublishedVersion()));
        }
        if (changed) {
            int next = latest.map(RoutineVersion::versionNumber).orElse(0) + 1;
            entityManager.persist(new RoutineVersion(id, next, routine.content(), lifecycle.now(), Actors.currentUsername()));
            routine.setPublishedVersion(next);
        }
        if (routine.getStatus() == ContentStatus.PUBLISHED) {
            lifecycle.republish(ContentKind.ROUTINE, routine);
        } else {
            lifecycle.changeStatus(ContentKind.ROUTINE, routine, ContentStatus.PUBLISHED);
        }
        return routines.saveAndFlush(routine).details(false);
    }

    /** Back to DRAFT; refused while a published program schedules it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoutineDetails unpublish(long id, long expectedLockVersion) {
        return withdraw(id, expectedLockVersion, ContentStatus.DRAFT);
    }

    /** Archived; refused while a published program schedules it. Its versions stay readable for history. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public RoutineDetails archive(long id, long expectedLockVersion) {
        return withdraw(id, expectedLockVersion, ContentStatus.ARCHIVED);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<RoutineDetails> findForEditing(long id) {
        return routines.findById(id).map(this::details);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Optional<RoutineDetails> findForEditingBySlug(String slug) {
        return routines.findBySlug(slug).map(this::details);
    }

    /** One page of the admin list, filtered and sorted in the database. */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<RoutineRow> list(RoutineFilter filter, Pageable pageable) {
        Pageable page = SortWhitelist.restrict(pageable, SORTABLE, Sort.by(Sort.Direction.DESC, "updatedAt"));
        return routines.findAll(RoutineRepository.matching(filter), page).map(Routine::row);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count(RoutineFilter filter) {
        return routines.count(RoutineRepository.matching(filter));
    }

    /** Routines a program schedule may use (all but archived; only published ones can go live). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<RoutineRow> listSchedulable() {
        return routines.findByStatusNotOrderByTitleAsc(ContentStatus.ARCHIVED).stream().map(Routine::row).toList();
    }

    // ---- every signed-in person ---------------------------------------------------------------

    /** The published version of a published routine. */
    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedRoutine> findPublished(long id) {
        return routines.findByIdAndStatus(id, ContentStatus.PUBLISHED).map(this::published);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<PublishedRoutine> findPublishedBySlug(String slug) {
        return routines.findBySlugAndStatus(slug, ContentStatus.PUBLISHED).map(this::published);
    }

    /** Any version ever published, even of a routine since changed or archived (session history). */
    @PreAuthorize("isAuthenticated()")
    public Optional<RoutineVersionView> findVersion(long routineId, int version) {
        return versions.findById(new RoutineVersion.Key(routineId, version))
                .map(v -> v.view(routines.findById(routineId).map(Routine::getSlug).orElse("")));
    }

    /**
     * The member catalogue, optionally only routines working on one body area: routines in the
     * reader's language ({@link Wording#currentLanguage()}) first, then English ones without a version in it.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RoutineCard> listPublished(BodyArea areaOrNull) {
        return queries.cards(areaOrNull, Wording.currentLanguage());
    }

    /** The published ones among {@code ids}, in that order. */
    @PreAuthorize("isAuthenticated()")
    public List<RoutineRef> findPublishedRefs(List<Long> ids) {
        return queries.refs(ids);
    }

    /**
     * Published routines that recommend this article or another language version of it ("related
     * routines" on an article page), in the reader's languages as {@link #listPublished}.
     */
    @PreAuthorize("isAuthenticated()")
    public List<RoutineRef> findPublishedRelatedToArticle(long articleId) {
        return queries.relatedToArticle(articleId, Wording.currentLanguage());
    }

    // ---- internals ----------------------------------------------------------------------------

    private RoutineDetails withdraw(long id, long expectedLockVersion, ContentStatus to) {
        Routine routine = editor.loadLocked(id, expectedLockVersion);
        List<String> programs = queries.publishedProgramsUsing(id);
        if (!programs.isEmpty()) {
            throw InvalidInputException.of("status", Wording.text("content.routine.used-by", programs.size(),
                    String.join(", ", programs)));
        }
        return details(editor.changeStatus(routine, to));
    }

    private RoutineDetails details(Routine routine) {
        Integer published = routine.getPublishedVersion();
        boolean changed = published == null || versions.findById(new RoutineVersion.Key(routine.getId(), published))
                .map(v -> !v.content().equals(routine.content())).orElse(true);
        return routine.details(changed);
    }

    private PublishedRoutine published(Routine routine) {
        RoutineVersion version = versions.findById(new RoutineVersion.Key(routine.getId(), routine.getPublishedVersion()))
                .orElseThrow(() -> new IllegalStateException("Published routine " + routine.getId() + " has no version"));
        return version.published(routine.getSlug(), articles.findPublishedRefs(routine.relatedArticleIds()),
                routine.getLanguage());
    }
}
