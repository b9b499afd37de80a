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
import org.upright.content.shared.Actors;
import org.upright.content.shared.ContentKind;
import org.upright.content.shared.StartupTask;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imports the starter articles, routines and programs shipped in this jar, published, on every
 * install (embedded or external database) exactly once per item: content_starter_import remembers
 * what was imported, so items an admin later renames or archives do not come back. An item whose
 * slug an admin already uses is left alone. Runs before the demo-data loaders (order 10 and up).
 */
@Component
@Order(StarterContentImporter.ORDER)
class StarterContentImporter implements StartupTask {

    static final int ORDER = 5;
    static final String AUTHOR = "Upright team";
    static final String RESOURCE = "/org/upright/content/starter/starter-content.json";

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

    /** Imports whatever this install has not imported yet; returns how many items that was. */
    int importMissing() {
        StarterContent content = read();
        return Actors.callAsSystem(() -> {
            int count = 0;
            for (StarterContent.Article a : content.articles()) {
                count += importOnce(ContentKind.ARTICLE, a.slug(), () -> importArticle(a));
            }
            for (StarterContent.Routine r : content.routines()) {
                count += importOnce(ContentKind.ROUTINE, r.slug(), () -> importRoutine(r));
            }
            for (StarterContent.Program p : content.programs()) {
                count += importOnce(ContentKind.PROGRAM, p.slug(), () -> importProgram(p));
            }
            return count;
        });
    }

    static StarterContent read() {
        try (InputStream in = StarterContentImporter.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Starter content missing from the classpath: " + RESOURCE);
            }
            return JsonMapper.builder().build().readValue(in, StarterContent.class);
        } catch (IOException e) {
            throw new IllegalStateException("Starter content unreadable: " + RESOURCE, e);
        }
    }

    /**
     * One item in its own transaction, serialized across app instances by an advisory lock, so two
     * instances starting together cannot both import it. A failing item is logged and skipped: the
     * portal still starts, and the next start tries again.
     */
    private int importOnce(ContentKind kind, String slug, Supplier<Boolean> create) {
        try {
            Boolean created = transaction.execute(status -> {
                jdbc.sql("select pg_advisory_xact_lock(hashtext('upright-starter-content'))").query().singleRow();
                boolean done = jdbc.sql("select count(*) from content_starter_import where kind = ? and slug = ?")
                        .params(kind.name(), slug).query(Long.class).single() > 0;
                if (done) {
                    return false;
                }
                boolean result = create.get();
                jdbc.sql("insert into content_starter_import (kind, slug) values (?, ?)").params(kind.name(), slug).update();
                return result;
            });
            return Boolean.TRUE.equals(created) ? 1 : 0;
        } catch (RuntimeException e) {
            log.warn("Starter content: could not import {} '{}': {}", kind, slug, e.getMessage());
            return 0;
        }
    }

    private boolean importArticle(StarterContent.Article a) {
        if (articles.findForEditingBySlug(a.slug()).isPresent()) {
            return false;
        }
        ArticleDetails created = articles.create(new ArticleDraft(a.slug(), a.title(), a.summary(), a.body(),
                a.category(), a.tags(), AUTHOR));
        articles.publish(created.id(), created.lockVersion());
        return true;
    }

    private boolean importRoutine(StarterContent.Routine r) {
        if (routines.findForEditingBySlug(r.slug()).isPresent()) {
            return false;
        }
        RoutineDetails created = routines.create(new RoutineDraft(r.slug(), r.title(), r.summary(), r.areas(),
                r.difficulty(), r.equipment(), AUTHOR, r.steps(), articleIds(r.relatedArticles())));
        routines.publish(created.id(), created.lockVersion());
        return true;
    }

    private boolean importProgram(StarterContent.Program p) {
        if (programs.findForEditingBySlug(p.slug()).isPresent()) {
            return false;
        }
        List<ScheduleEntry> schedule = p.schedule().stream()
                .flatMap(day -> day.routines().stream().map(routines::findForEditingBySlug).flatMap(Optional::stream)
                        .map(routine -> new ScheduleEntry(day.day(), routine.id())))
                .toList();
        ProgramDetails created = programs.create(new ProgramDraft(p.slug(), p.title(), p.description(), p.weeks(),
                AUTHOR, schedule, articleIds(p.relatedArticles())));
        programs.publish(created.id(), created.lockVersion());
        return true;
    }

    private List<Long> articleIds(List<String> slugs) {
        return slugs == null ? List.of() : slugs.stream().map(articles::findForEditingBySlug).flatMap(Optional::stream)
                .map(ArticleDetails::id).toList();
    }

}
