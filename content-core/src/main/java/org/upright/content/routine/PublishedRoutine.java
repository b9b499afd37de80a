package org.upright.content.routine;

import org.upright.content.article.ArticleRef;
import org.upright.kernel.BodyArea;
import org.upright.kernel.i18n.Language;

import java.util.List;

/**
 * The published version of a routine as members see and run it.
 *
 * @param version      the published version number; record it with a session and read it back
 *                     with {@code RoutineService.findVersion(id, version)}
 * @param steps        in order
 * @param language     what the routine is written in
 * @param totalSeconds the whole routine as the timer plays it: for each step and each side (two
 *                     when {@code perSide}, else one) a 5 s get-ready, then repetitions × (hold + relax),
 *                     relax being skipped when 0 — see {@link RoutineTiming}
 */
public record PublishedRoutine(long id, String slug, String title, String summary, List<BodyArea> areas,
                               Difficulty difficulty, Equipment equipment, int version, List<RoutineStep> steps,
                               int totalSeconds, List<ArticleRef> relatedArticles, Language language) {

    public int getReadySeconds() {
        return RoutineTiming.GET_READY_SECONDS;
    }
}
