package org.upright.content.starter;

import org.upright.content.article.ArticleCategory;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;
import org.upright.kernel.i18n.Language;

import java.util.List;
import java.util.Set;

/**
 * The shape of starter-content.json (English) and its translations (starter-content-de.json):
 * items refer to each other by slug; a translation's items name their English original's slug in
 * {@code translationOf}. {@code language} is a {@link Language} code, English when left out.
 */
record StarterContent(String language, List<Article> articles, List<Routine> routines, List<Program> programs) {

    Language inLanguage() {
        return language == null ? Language.ENGLISH : Language.ofCode(language).orElseThrow(
                () -> new IllegalStateException("Starter content in an unknown language: " + language));
    }

    /** {@code revision}: raise it when an item's text changes, so existing installs get the change. */
    record Article(String slug, String translationOf, int revision, String title, String summary,
                   ArticleCategory category, List<String> tags, String body) {
        Article {
            revision = Math.max(1, revision);
        }
    }

    record Routine(String slug, String translationOf, int revision, String title, String summary, Set<BodyArea> areas,
                   Difficulty difficulty, Equipment equipment, List<String> relatedArticles, List<RoutineStep> steps) {
        Routine {
            revision = Math.max(1, revision);
        }
    }

    record Program(String slug, String translationOf, int revision, String title, String description, int weeks,
                   List<String> relatedArticles, List<Day> schedule) {
        Program {
            revision = Math.max(1, revision);
        }
    }

    record Day(int day, List<String> routines) {
    }
}
