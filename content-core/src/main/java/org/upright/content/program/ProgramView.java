package org.upright.content.program;

import org.upright.content.article.ArticleRef;
import org.upright.content.routine.RoutineRef;
import org.upright.kernel.i18n.Language;

import java.time.Instant;
import java.util.List;

/**
 * A published program for members, enrolment and planning.
 *
 * @param language what the program is written in
 * @param schedule only the days that have routines, in day order (1 … weeks × 7); absent days are rest days
 */
public record ProgramView(long id, String slug, String title, String description, int weeks,
                          List<ProgramDay> schedule, List<ArticleRef> relatedArticles, Instant publishedAt,
                          Language language) {

    /** A program written in English. */
    public ProgramView(long id, String slug, String title, String description, int weeks, List<ProgramDay> schedule,
                       List<ArticleRef> relatedArticles, Instant publishedAt) {
        this(id, slug, title, description, weeks, schedule, relatedArticles, publishedAt, Language.ENGLISH);
    }

    /** The last day of the program: weeks × 7. */
    public int lastDay() {
        return weeks * 7;
    }

    /** The routines of day {@code day} (1-based); empty on rest days and outside the program. */
    public List<RoutineRef> routinesOn(int day) {
        return schedule.stream().filter(d -> d.day() == day).findFirst().map(ProgramDay::routines).orElse(List.of());
    }
}
