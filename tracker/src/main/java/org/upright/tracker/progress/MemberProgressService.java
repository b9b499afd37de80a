package org.upright.tracker.progress;

import org.upright.kernel.i18n.Wording;
import org.upright.kernel.member.MemberAccess;
import org.springframework.stereotype.Service;
import org.upright.tracker.pain.PainRating;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.progress.AdherenceService;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.progress.PainResponseService;
import org.upright.tracker.progress.PainTrendService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.RoutineCatalog;
import org.upright.tracker.session.RoutineInfo;
import org.upright.tracker.shared.MemberCalendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Tracker data of one member for whoever may read it (the member, their coach, an admin):
 * every method checks {@link MemberAccess#requireReadable(long)} first.
 */
@Service
public class MemberProgressService {

    /** The ranges the progress chart offers, in days. */
    public static final Set<Integer> RANGES = Set.of(30, 90, 365);
    public static final int HISTORY_DAYS = 365;

    private final MemberAccess access;
    private final PainTrendService trends;
    private final AdherenceService adherence;
    private final PainResponseService responses;
    private final ProgressEvaluator evaluator;
    private final PainRatingService ratings;
    private final CompletedSessionService sessions;
    private final RoutineCatalog routines;
    private final MemberCalendar calendar;

    MemberProgressService(MemberAccess access, PainTrendService trends, AdherenceService adherence,
                          PainResponseService responses, ProgressEvaluator evaluator, PainRatingService ratings,
                          CompletedSessionService sessions, RoutineCatalog routines, MemberCalendar calendar) {
        this.access = access;
        this.trends = trends;
        this.adherence = adherence;
        this.responses = responses;
        this.evaluator = evaluator;
        this.ratings = ratings;
        this.sessions = sessions;
        this.routines = routines;
        this.calendar = calendar;
    }

    /** The chart, baseline vs current, adherence, streak and pain response over the last {@code days} days. */
    public ProgressOverview overview(long memberId, int days) {
        if (!RANGES.contains(days)) {
            throw new IllegalArgumentException("Ranges are " + RANGES + " days");
        }
        access.requireReadable(memberId);
        ProgressSummary summary = evaluator.summary(memberId);
        return new ProgressOverview(trends.recentSeries(memberId, days), summary.pain(), summary.adherence(),
                adherence.streak(memberId), responses.painResponse(memberId, PainResponseService.DEFAULT_LAST_SESSIONS));
    }

    /** The member's current alerts (seen or not), in triage order: the same rules as the coach's grid. */
    public List<Alert> alerts(long memberId) {
        access.requireReadable(memberId);
        return evaluator.summary(memberId).alerts();
    }

    /** Every progress rule applied to the member, as the coach's grid shows it. */
    public ProgressSummary summary(long memberId) {
        access.requireReadable(memberId);
        return evaluator.summary(memberId);
    }

    /**
     * Whether the member's next session of the routine should suggest its easier versions
     * ({@link ProgressRules#suggestEasier}, judged on the routine's latest session with a pain-after).
     */
    public boolean easierSuggested(long memberId, long routineId) {
        access.requireReadable(memberId);
        LocalDate today = calendar.today(memberId);
        return sessions.latestRatedAfter(memberId, routineId)
                .filter(s -> ProgressRules.suggestEasier(s.painBefore(), s.painAfter(), s.day(), today))
                .isPresent();
    }

    /** Ratings of the last year, newest first. */
    public List<PainRating> ratingHistory(long memberId) {
        access.requireReadable(memberId);
        LocalDate today = calendar.today(memberId);
        return ratings.list(memberId, today.minusDays(HISTORY_DAYS - 1L), today);
    }

    /** Sessions of the last year, newest first, with routine titles. */
    public List<SessionHistoryRow> sessionHistory(long memberId) {
        access.requireReadable(memberId);
        LocalDate today = calendar.today(memberId);
        return sessions.list(memberId, today.minusDays(HISTORY_DAYS - 1L), today).stream()
                .map(s -> new SessionHistoryRow(s, routines.find(s.routineId(), s.routineVersion())
                        .map(RoutineInfo::title).orElseGet(() -> Wording.text("tracker.routine.fallback", s.routineId()))))
                .toList();
    }
}
