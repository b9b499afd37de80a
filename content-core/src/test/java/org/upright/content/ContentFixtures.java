package org.upright.content;

import org.upright.content.article.ArticleCategory;
import org.upright.content.article.ArticleDraft;
import org.upright.content.program.ProgramDraft;
import org.upright.content.program.ScheduleEntry;
import org.upright.content.routine.Difficulty;
import org.upright.content.routine.Equipment;
import org.upright.content.routine.RoutineDraft;
import org.upright.content.routine.RoutineStep;
import org.upright.kernel.BodyArea;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Valid drafts with unique titles (tests share one database). */
public final class ContentFixtures {

    private ContentFixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static ArticleDraft article() {
        return article(unique("Article"), "A short summary.", "## Heading\n\nSome *body* text.");
    }

    public static ArticleDraft article(String title, String summary, String body) {
        return new ArticleDraft("", title, summary, body, ArticleCategory.DAILY_HABITS, List.of("posture"), "Test Author");
    }

    public static RoutineStep step(String title, int hold, int relax, int reps, boolean perSide) {
        return new RoutineStep(title, "Do " + title.toLowerCase(), hold, relax, reps, perSide, "Stop if it hurts");
    }

    public static RoutineDraft routine() {
        return routine(List.of(step("Wall press", 20, 10, 3, false), step("Hip flexor", 30, 0, 2, true)));
    }

    public static RoutineDraft routine(List<RoutineStep> steps) {
        return new RoutineDraft("", unique("Routine"), "Opens the chest.", Set.of(BodyArea.CHEST, BodyArea.MID_BACK),
                Difficulty.BEGINNER, Equipment.WALL, "Test Author", steps, List.of());
    }

    public static ProgramDraft program(int weeks, List<ScheduleEntry> schedule) {
        return new ProgramDraft("", unique("Program"), "Four weeks of relief.", weeks, "Test Author", schedule, List.of());
    }
}
