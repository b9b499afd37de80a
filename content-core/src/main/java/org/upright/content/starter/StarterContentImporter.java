package org.upright.content.starter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.upright.content.article.ArticleDetails;
import org.upright.content.article.ArticleDraft;
import org.upright.content.article.ArticleService;
import org.upright.content.program.ProgramDetails;
import org.upright.content.program.ProgramDraft;
import org.upright.content.program.ProgramService;
import org.upright.content.program.ScheduleEntry;
import org.upright.content.routine.RoutineDetails;
import org.upright.content.routine.RoutineDraft;
import org.upright.content.routine.RoutineService;
import org.upright.kernel.actor.Actors;
import org.upright.kernel.i18n.Language;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.StartupTask;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Imports the starter articles, routines and programs shipped in this jar, published, on every
 * install (embedded or external database) exactly once per item: content_starter_import remembers
 * what was imported, so items an admin later renames or archives do not come back. An item whose
 * slug an admin already uses is left alone. Each item has a revision: when a newer jar ships a higher
 * one, items still as imported are updated in place (routines get a new published version), edited
 * ones are left alone. The same items in other languages (starter-content-de.json) are imported the
 * same way after the English ones, each as the translation of its English original. Runs before the
 * demo-data loaders (order 10 and up).
 */
@Component
@Order(StarterContentImporter.ORDER)
class StarterContentImporter implements StartupTask {

    static final int ORDER = 5;
    static final String AUTHOR = "Upright team";
    /** The lock version an item has right after its import (created, then published once). */
    static final long IMPORTED_LOCK_VERSION = 1;
    static final String RESOURCE = "/org/upright/content/starter/starter-content.json";
    /** The same items in other languages, each linked to its English original; imported after the English ones. */
    static final List<String> TRANSLATIONS = List.of("/org/upright/content/starter/starter-content-de.json");

    private static final Logger log = LoggerFactory.getLogger(StarterContentImporter.class);

    private final ArticleService articles;
    private final RoutineService routines;
    private final ProgramService programs;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    StarterContentImporter(ArticleService articles, RoutineService routines, ProgramService programs, JdbcClient jdbc,
                           TransactionTemplate transaction) {
        this.articles = articles;
        this.routines = routines;
        this.programs = programs;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void runAtStartup() {
        int imported = importMissing();
        if (imported > 0) {
            log.info("Starter content: imported and published {} items", imported);
        }
    }

    /**
     * Imports whatever this install has not imported yet, and brings items up to a newer shipped
     * revision where no admin has edited them since; returns how many items were created or updated.
     */
    int importMissing() {
        int count = importMissing(read());
        for (StarterContent translation : readTranslations()) {
            count += importMissing(translation);
        }
        return count;
    }

    private int importMissing(StarterContent content) {
        Language language = content.inLanguage();
        return Actors.callAsSystem(() -> {
            int count = 0;
            for (StarterContent.Article a : content.articles()) {
                count += importOnce(ContentKind.ARTICLE, a.slug(), a.revision(), new Item(
                        () -> articles.findForEditingBySlug(a.slug()).map(d -> new Current(d.id(), d.lockVersion(), d.author())),
                        () -> importArticle(a, language), current -> updateArticle(current, a, language)));
            }
            for (StarterContent.Routine r : content.routines()) {
                count += importOnce(ContentKind.ROUTINE, r.slug(), r.revision(), new Item(
                        () -> routines.findForEditingBySlug(r.slug()).map(d -> new Current(d.id(), d.lockVersion(), d.author())),
                        () -> importRoutine(r, language), current -> updateRoutine(current, r, language)));
            }
            for (StarterContent.Program p : content.programs()) {
                count += importOnce(ContentKind.PROGRAM, p.slug(), p.revision(), new Item(
                        () -> programs.findForEditingBySlug(p.slug()).map(d -> new Current(d.id(), d.lockVersion(), d.author())),
                        () -> importProgram(p, language), current -> updateProgram(current, p, language)));
            }
            return count;
        });
    }

    /** The English starter content. */
    static StarterContent read() {
        return read(RESOURCE);
    }

    /** The starter content in the other languages. */
    static List<StarterContent> readTranslations() {
        return TRANSLATIONS.stream().map(StarterContentImporter::read).toList();
    }

    static StarterContent read(String resource) {
        try (InputStream in = StarterContentImporter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Starter content missing from the classpath: " + resource);
            }
            return JsonMapper.builder().build().readValue(in, StarterContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("Starter content unreadable: " + resource, e);
        }
    }

    /** The item as it is in the database now. */
    private record Current(long id, long lockVersion, String author) {
    }

    /** How to find, create and update one starter item; create and update return the new lock version. */
    private record Item(Supplier<Optional<Current>> find, Supplier<Optional<Long>> create,
                        Function<Current, Long> update) {
    }

    private record Imported(int revision, Long lockVersion) {
    }

    /**
     * One item in its own transaction, serialized across app instances by an advisory lock, so two
     * instances starting together cannot both import it. A failing item is logged and skipped: the
     * portal still starts, and the next start tries again.
     * <p>
     * A newer revision replaces the item only when it is still exactly as imported: same author and
     * the lock version recorded at import (rows from before revisions were recorded: the lock version
     * a fresh import leaves, {@value #IMPORTED_LOCK_VERSION}). An item an admin has edited, renamed or
     * archived is left as it is; the newer revision is then only noted, so it is not retried.
     */
    private int importOnce(ContentKind kind, String slug, int revision, Item item) {
        try {
            Boolean changed = transaction.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('upright-starter-content'))").query().singleRow();
                Optional<Imported> imported = jdbc.sql("select revision, lock_version from content_starter_import"
                                + " where kind = ? and slug = ?").params(kind.name(), slug)
                        .query((rs, n) -> new Imported(rs.getInt(1), (Long) rs.getObject(2))).optional();
                if (imported.isEmpty()) {
                    Optional<Long> lock = item.create().get();
                    jdbc.sql("insert into content_starter_import (kind, slug, revision, lock_version) values (?, ?, ?, ?)")
                            .params(kind.name(), slug, revision, lock.orElse(null)).update();
                    return lock.isPresent();
                }
                if (imported.get().revision() >= revision) {
                    return false;
                }
                long expected = imported.get().lockVersion() == null ? IMPORTED_LOCK_VERSION : imported.get().lockVersion();
                Optional<Current> current = item.find().get()
                        .filter(c -> c.lockVersion() == expected && AUTHOR.equals(c.author()));
                Long lock = current.map(item.update()).orElse(imported.get().lockVersion());
                if (current.isEmpty()) {
                    log.info("Starter content: {} '{}' was changed in this install; revision {} not applied", kind,
                            slug, revision);
                }
                jdbc.sql("update content_starter_import set revision = ?, lock_version = ? where kind = ? and slug = ?")
                        .params(revision, lock, kind.name(), slug).update();
                return current.isPresent();
            });
            return Boolean.TRUE.equals(changed) ? 1 : 0;
        } catch (RuntimeException e) {
            log.warn("Starter content: could not import {} '{}': {}", kind, slug, e.getMessage());
            return 0;
        }
    }

    private Optional<Long> importArticle(StarterContent.Article a, Language language) {
        if (articles.findForEditingBySlug(a.slug()).isPresent()) {
            return Optional.empty();
        }
        ArticleDetails created = articles.create(articleDraft(a, language));
        return Optional.of(articles.publish(created.id(), created.lockVersion()).lockVersion());
    }

    private long updateArticle(Current current, StarterContent.Article a, Language language) {
        return articles.update(current.id(), current.lockVersion(), articleDraft(a, language)).lockVersion();
    }

    private ArticleDraft articleDraft(StarterContent.Article a, Language language) {
        Long original = a.translationOf() == null ? null
                : articles.findForEditingBySlug(a.translationOf()).map(ArticleDetails::id).orElse(null);
        return new ArticleDraft(a.slug(), a.title(), a.summary(), a.body(), a.category(), a.tags(), AUTHOR, language,
                original);
    }

    private Optional<Long> importRoutine(StarterContent.Routine r, Language language) {
        if (routines.findForEditingBySlug(r.slug()).isPresent()) {
            return Optional.empty();
        }
        RoutineDetails created = routines.create(routineDraft(r, language));
        return Optional.of(routines.publish(created.id(), created.lockVersion()).lockVersion());
    }

    /** A new published version; sessions keep pointing at the version they ran. */
    private long updateRoutine(Current current, StarterContent.Routine r, Language language) {
        RoutineDetails updated = routines.update(current.id(), current.lockVersion(), routineDraft(r, language));
        return updated.unpublishedChanges() ? routines.publish(updated.id(), updated.lockVersion()).lockVersion()
                : updated.lockVersion();
    }

    private RoutineDraft routineDraft(StarterContent.Routine r, Language language) {
        Long original = r.translationOf() == null ? null
                : routines.findForEditingBySlug(r.translationOf()).map(RoutineDetails::id).orElse(null);
        return new RoutineDraft(r.slug(), r.title(), r.summary(), r.areas(), r.difficulty(), r.equipment(), AUTHOR,
                r.steps(), articleIds(r.relatedArticles()), language, original);
    }

    private Optional<Long> importProgram(StarterContent.Program p, Language language) {
        if (programs.findForEditingBySlug(p.slug()).isPresent()) {
            return Optional.empty();
        }
        ProgramDetails created = programs.create(programDraft(p, language));
        return Optional.of(programs.publish(created.id(), created.lockVersion()).lockVersion());
    }

    private long updateProgram(Current current, StarterContent.Program p, Language language) {
        return programs.update(current.id(), current.lockVersion(), programDraft(p, language)).lockVersion();
    }

    private ProgramDraft programDraft(StarterContent.Program p, Language language) {
        List<ScheduleEntry> schedule = p.schedule().stream()
                .flatMap(day -> day.routines().stream().map(routines::findForEditingBySlug).flatMap(Optional::stream)
                        .map(routine -> new ScheduleEntry(day.day(), routine.id())))
                .toList();
        Long original = p.translationOf() == null ? null
                : programs.findForEditingBySlug(p.translationOf()).map(ProgramDetails::id).orElse(null);
        return new ProgramDraft(p.slug(), p.title(), p.description(), p.weeks(), AUTHOR, schedule,
                articleIds(p.relatedArticles()), language, original);
    }

    private List<Long> articleIds(List<String> slugs) {
        return slugs == null ? List.of() : slugs.stream().map(articles::findForEditingBySlug).flatMap(Optional::stream)
                .map(ArticleDetails::id).toList();
    }

}
