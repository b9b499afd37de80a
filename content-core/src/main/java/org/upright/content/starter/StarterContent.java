package org.upright.content.starter;

import org.upright.content.article.ArticleCategory;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;

import java.util.List;
import java.util.Set;

/** The shape of starter-content.json: items refer to each other by slug. */
record StarterContent(List<Article> articles, List<Routine> routines, List<Program> programs) {

    record Article(String slug, String title, String summary, ArticleCategory category, List<String> tags,
                   String body) {
    }

    record Routine(String slug, String title, String summary, Set<BodyArea> areas, Difficulty difficulty,
                   Equipment equipment, List<String> relatedArticles, List<RoutineStep> steps) {
    }

    record Program(String slug, String title, String description, int weeks, List<String> relatedArticles,
                   List<Day> schedule) {
    }

    record Day(int day, List<String> routines) {
    }
}
