package org.upright.tracker.cohort;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.kernel.Role;
import org.upright.tracker.TrackerTestApp;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.progress.MemberProgressService;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.ProgressOverview;
import org.upright.tracker.progress.ProgressRules;
import org.upright.tracker.progress.ProgressSummary;
import org.upright.tracker.testing.History;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;
import org.upright.tracker.shared.ProgressChanged;
import org.upright.tracker.testing.SignedIn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over generated histories (sparse and daily raters, flare-ups, sessions with pain before and
 * after, programs that have not started, are running or are over, alerts marked seen), the coach's
 * grid row of a member and that member's own progress page give the same labels and alerts — and
 * both equal the rules applied to the history written independently of the SQL ({@link History}).
 * Several members share one coach, so the grid's one statement for many cannot mix them up.
 */
class GridMatchesMemberPageProperties {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final long PROGRAM = 981;
    static final long ROUTINE = 81;

    static ConfigurableApplicationContext context;
    static ProgramSchedule schedule;

    @BeforeContainer
    static void start() {
        context = new SpringApplicationBuilder(TrackerTestApp.class).web(WebApplicationType.NONE).run();
        Map<Integer, List<Long>> byDay = new HashMap<>();
        for (int day = 1; day <= 21; day++) {
            if (day % 3 != 0) {
                byDay.put(day, List.of(ROUTINE));
            }
        }
        schedule = context.getBean(InMemoryProgramSchedules.class)
                .add(new ProgramSchedule(PROGRAM, "Property test program", 3, byDay));
    }

    @AfterContainer
    static void stop() {
        context.close();
    }

    /** One member's generated history, relative to TODAY. */
    record Generated(List<Integer> ratings, List<Integer> sessionDaysAgo, Integer painRiseDaysAgo,
                     Integer enrolledDaysAgo, List<AlertKind> seenKinds, int seenDaysAgo, BadSession badSession) {
    }

    /** The pain of a session with a bad response: a rise, ending high, or ending high with pain before unknown. */
    enum BadSession {
        ROSE(3, 6), ENDED_HIGH(6, 7), HIGH_BEFORE_UNKNOWN(null, 8);

        final Integer before;
        final int after;

        BadSession(Integer before, int after) {
            this.before = before;
            this.after = after;
        }
    }

    @Provide
    Arbitrary<List<Generated>> cohorts() {
        return member().list().ofMinSize(1).ofMaxSize(4);
    }

    Arbitrary<Generated> member() {
        // a daily score that drifts, with flare-ups; null is an unrated day; sparse raters skip most days
        Arbitrary<List<Integer>> ratings = Combinators.combine(
                        Arbitraries.integers().between(0, 10),
                        Arbitraries.doubles().between(0.1, 1.0),
                        Arbitraries.integers().between(-1, 1).list().ofSize(70),
                        Arbitraries.doubles().between(0, 1).list().ofSize(70),
                        Arbitraries.integers().between(0, 70))
                .as((start, density, steps, dice, length) -> {
                    List<Integer> scores = new ArrayList<>();
                    int score = start;
                    for (int i = 0; i < length; i++) {
                        score = Math.max(0, Math.min(10, score + steps.get(i) * (dice.get(i) > 0.93 ? 4 : 1)));
                        scores.add(dice.get(i) < density ? score : null);
                    }
                    return scores;
                });
        return Combinators.combine(
                ratings,
                Arbitraries.integers().between(0, 30).list().ofMaxSize(12),
                Arbitraries.integers().between(0, 20).injectNull(0.7),
                Arbitraries.integers().between(-3, 40).injectNull(0.3),
                // a screening flag is cleared by the coach or a clinician visit, never marked seen
                Arbitraries.of(AlertKind.class).filter(k -> k != AlertKind.SCREENING_RED_FLAG)
                        .list().ofMaxSize(2).uniqueElements(),
                Arbitraries.integers().between(0, 20),
                Arbitraries.of(BadSession.class)
        ).as(Generated::new);
    }

    @Property(tries = 40)
    void theGridRowAndTheMembersOwnPageAgree(@ForAll("cohorts") List<Generated> cohort) {
        Members members = context.getBean(Members.class);
        SignedIn signedIn = context.getBean(SignedIn.class);
        EnrollmentService enrollments = context.getBean(EnrollmentService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        CoachClientsService grid = context.getBean(CoachClientsService.class);
        MemberProgressService pages = context.getBean(MemberProgressService.class);

        long coach = members.createCoach();
        Map<Long, History> histories = new HashMap<>();
        for (int i = 0; i < cohort.size(); i++) {
            Generated g = cohort.get(i);
            long id = members.createClient(coach, "Member " + i, "UTC");
            History history = new History();
            LocalDate first = TODAY.minusDays(g.ratings().size() - 1L);
            Integer[] scores = g.ratings().toArray(Integer[]::new);
            members.rate(id, first, scores);
            history.rate(first, scores);
            for (int daysAgo : g.sessionDaysAgo()) {
                members.session(id, TODAY.minusDays(daysAgo), ROUTINE, null, null);
                history.session(TODAY.minusDays(daysAgo), ROUTINE);
            }
            if (g.painRiseDaysAgo() != null) {
                BadSession bad = g.badSession();
                members.session(id, TODAY.minusDays(g.painRiseDaysAgo()), ROUTINE + 1, bad.before, bad.after);
                history.session(TODAY.minusDays(g.painRiseDaysAgo()), ROUTINE + 1)
                        .painRise(TODAY.minusDays(g.painRiseDaysAgo()), bad.before, bad.after);
            }
            if (g.enrolledDaysAgo() != null) {
                enrollments.enroll(id, PROGRAM, TODAY.minusDays(g.enrolledDaysAgo()));
                history.enrolled(PROGRAM, TODAY.minusDays(g.enrolledDaysAgo()));
            }
            for (AlertKind kind : g.seenKinds()) {
                jdbc.sql("""
                                insert into alert_acknowledgement (member_id, kind, episode_start, acknowledged_by)
                                values (?, ?, ?, ?)""")
                        .params(id, kind.name(), TODAY.minusDays(g.seenDaysAgo()), coach).update();
                history.seen(kind, TODAY.minusDays(g.seenDaysAgo()));
            }
            if (!g.seenKinds().isEmpty()) {
                // written behind CoachClientsService.acknowledge (any kind, any episode): announced as it does
                context.publishEvent(new ProgressChanged(id));
            }
            histories.put(id, history);
        }

        signedIn.as(Role.COACH, coach);
        List<ClientProgressRow> rows = grid.clients(ClientFilter.ALL, Pageable.unpaged());
        assertThat(rows).hasSize(cohort.size());
        for (ClientProgressRow row : rows) {
            signedIn.as(Role.MEMBER, row.memberId());
            ProgressOverview page = pages.overview(row.memberId(), 30);
            List<Alert> pageAlerts = pages.alerts(row.memberId());
            ProgressSummary model = ProgressRules.summarize(histories.get(row.memberId()).asOf(TODAY),
                    histories.get(row.memberId()).asOf(TODAY).programId() == null ? Optional.empty() : Optional.of(schedule));

            assertThat(Optional.ofNullable(row.change())).isEqualTo(page.comparison().map(PainComparison::label));
            assertThat(row.stale()).isEqualTo(page.comparison().map(PainComparison::stale).orElse(false));
            assertThat(page.pain()).isEqualTo(model.pain());
            assertThat(row.alerts()).isEqualTo(pageAlerts).isEqualTo(model.alerts());
            assertThat(row.openAlerts()).isEqualTo(model.openAlerts().stream().map(Alert::kind).toList());
            assertThat(List.of(row.planned7(), row.done7(), row.planned28(), row.done28())).containsExactly(
                    page.adherence().last7Days().planned(), page.adherence().last7Days().done(),
                    page.adherence().last28Days().planned(), page.adherence().last28Days().done());
            assertThat(page.adherence()).isEqualTo(model.adherence());
            assertThat(row.lastActive()).isEqualTo(model.lastActive());
        }
        signedIn.signOut();
    }
}
