package org.upright.tracker.cohort;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.upright.kernel.Role;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.progress.AlertService;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.progress.AdherenceService;
import org.upright.tracker.progress.AdherenceSummary;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PainTrendService;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SignedIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * The coach's grid and triage against the per-member services: the numbers a coach sees in the
 * list are the ones the member sees. Clock: 2026-03-15 (UTC).
 */
@SpringBootTest
class CoachClientsServiceTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final long PROGRAM = 971;
    static final long ROUTINE = 71;

    @Autowired
    CoachClientsService clients;
    @Autowired
    PainTrendService trends;
    @Autowired
    AdherenceService adherence;
    @Autowired
    AlertService alerts;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;

    long coach;

    @BeforeAll
    static void program(@Autowired InMemoryProgramSchedules schedules) {
        Map<Integer, List<Long>> everyOtherDay = new java.util.HashMap<>();
        for (int day = 1; day <= 56; day += 2) {
            everyOtherDay.put(day, List.of(ROUTINE));
        }
        schedules.add(new ProgramSchedule(PROGRAM, "Cohort test program", 8, everyOtherDay));
    }

    @BeforeEach
    void aCoach() {
        coach = members.createCoach();
    }

    @AfterEach
    void signOut() {
        signedIn.signOut();
    }

    private long client(String name) {
        return members.createClient(coach, name, "UTC");
    }

    private Map<Long, ClientProgressRow> rowsById() {
        signedIn.as(Role.COACH, coach);
        return clients.clients(ClientFilter.ALL, PageRequest.of(0, 100)).stream()
                .collect(Collectors.toMap(ClientProgressRow::memberId, Function.identity()));
    }

    private static Integer[] rep(int score, int days) {
        return java.util.Collections.nCopies(days, score).toArray(Integer[]::new);
    }

    @Test
    void everyNumberMatchesTheTrackerServicesOfThatMember() {
        long improving = client("Improving");
        enrollments.enroll(improving, PROGRAM, TODAY.minusDays(20));
        members.rate(improving, TODAY.minusDays(16), 7, 7, 8, 7, 7, 7, 7, 5, 5, 4, 4, 3, 4, 3, 3, 4, 3);
        for (int back = 0; back < 20; back += 2) {
            members.session(improving, TODAY.minusDays(back), ROUTINE, null, null);
        }
        long worsening = client("Worsening");
        members.rate(worsening, TODAY.minusDays(13), 2, 2, 3, 2, 2, 2, 3, 4, 5, 5, 6, 6, 5, 6);
        long highRun = client("High run");
        enrollments.enroll(highRun, PROGRAM, TODAY.minusDays(3));
        members.rate(highRun, TODAY.minusDays(3), 5, 8, 8, 9);
        long inactive = client("Inactive");
        enrollments.enroll(inactive, PROGRAM, TODAY.minusDays(12));
        members.rate(inactive, TODAY.minusDays(9), 4, 4, 5);
        long nothingYet = client("Nothing yet");
        long someoneElses = members.createClient(members.createCoach(), "Not yours", "UTC");

        Map<Long, ClientProgressRow> rows = rowsById();
        assertThat(rows.keySet()).containsExactlyInAnyOrder(improving, worsening, highRun, inactive, nothingYet)
                .doesNotContain(someoneElses);
        for (ClientProgressRow row : rows.values()) {
            long id = row.memberId();
            Optional<PainComparison> comparison = trends.comparison(id);
            assertThat(Optional.ofNullable(row.change())).as("label of %s", row.displayName())
                    .isEqualTo(comparison.map(PainComparison::label));
            comparison.ifPresent(c -> {
                assertThat(row.baseline()).isCloseTo(c.baseline().mean(), within(1e-9));
                assertThat(row.current()).isCloseTo(c.current().mean(), within(1e-9));
            });
            AdherenceSummary plan = adherence.adherence(id);
            assertThat(List.of(row.planned7(), row.done7(), row.planned28(), row.done28())).as("adherence of %s", row.displayName())
                    .containsExactly(plan.last7Days().planned(), plan.last7Days().done(), plan.last28Days().planned(),
                            plan.last28Days().done());
            assertThat(row.lastActive()).isEqualTo(adherence.streak(id).lastActiveDay());
            assertThat(row.alerts()).as("alerts of %s", row.displayName()).isEqualTo(alerts.alerts(id));
        }
        assertThat(rows.get(improving).change()).isEqualTo(ChangeLabel.IMPROVED);
        assertThat(rows.get(improving).planned7()).isPositive();
        assertThat(rows.get(worsening).openAlerts()).containsExactly(AlertKind.WORSENING);
        assertThat(rows.get(highRun).openAlerts()).containsExactly(AlertKind.HIGH_PAIN_RUN);
        assertThat(rows.get(inactive).openAlerts()).containsExactly(AlertKind.INACTIVE);
        assertThat(rows.get(nothingYet)).satisfies(r -> {
            assertThat(r.change()).isNull();
            assertThat(r.programId()).isNull();
            assertThat(r.lastRatingDay()).isNull();
            assertThat(r.openAlerts()).isEmpty();
        });
        assertThat(rows.get(improving)).satisfies(r -> {
            assertThat(r.programId()).isEqualTo(PROGRAM);
            assertThat(r.programTitle()).isEqualTo("Cohort test program");
            assertThat(r.programDay()).isEqualTo(21);
            assertThat(r.programDays()).isEqualTo(56);
            assertThat(r.programFinished()).isFalse();
            assertThat(r.lastRatingDay()).isEqualTo(TODAY);
            assertThat(r.lastRatingScore()).isEqualTo(3);
        });
    }

    @Test
    void filtersSortsAndPages() {
        long low = client("Low");
        members.rate(low, TODAY.minusDays(2), 2, 2, 2);
        long high = client("High");
        members.rate(high, TODAY.minusDays(3), 5, 8, 8, 8);
        long none = client("None");
        signedIn.as(Role.COACH, coach);

        assertThat(clients.countClients(ClientFilter.ALL)).isEqualTo(3);
        assertThat(clients.clients(ClientFilter.ALL.withText("HIG"), PageRequest.of(0, 10)))
                .extracting(ClientProgressRow::memberId).containsExactly(high);
        assertThat(clients.countClients(ClientFilter.ALL.withNeedsAttention(true))).isEqualTo(1);
        assertThat(clients.clients(ClientFilter.ALL.withNeedsAttention(true), PageRequest.of(0, 10)))
                .extracting(ClientProgressRow::memberId).containsExactly(high);

        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "alerts"))))
                .extracting(ClientProgressRow::memberId).first().isEqualTo(high);
        // no rating sorts last in both directions
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "lastRating"))))
                .extracting(ClientProgressRow::memberId).last().isEqualTo(none);
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by(Sort.Direction.ASC, "lastRating"))))
                .extracting(ClientProgressRow::memberId).last().isEqualTo(none);
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by("name"))))
                .extracting(ClientProgressRow::memberId).containsExactly(high, low, none);
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(1, 2, Sort.by("name"))))
                .extracting(ClientProgressRow::memberId).containsExactly(none);
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by("no such key")))).hasSize(3);
        assertThat(clients.clients(ClientFilter.ALL, Pageable.unpaged())).hasSize(3);
    }

    @Test
    void triageIsInSeverityOrderAndSeenTakesAnAlertOut() {
        long inactive = client("Inactive");
        enrollments.enroll(inactive, PROGRAM, TODAY.minusDays(9));
        long highRun = client("High run");
        members.rate(highRun, TODAY.minusDays(2), 7, 7, 7);
        long smallWorsening = client("Small worsening");
        members.rate(smallWorsening, TODAY.minusDays(9), 1, 1, 1, 1, 1, 1, 1, 3, 3, 3);  // +2.0
        long largeWorsening = client("Large worsening");
        members.rate(largeWorsening, TODAY.minusDays(13), 2, 2, 2, 2, 2, 2, 2, 4, 4, 5, 5, 5, 6, 6); // +3.0, no jump of 3
        signedIn.as(Role.COACH, coach);

        List<TriageAlert> queue = clients.triage(PageRequest.of(0, 20));
        assertThat(queue).extracting(TriageAlert::memberId, TriageAlert::kind).containsExactly(
                tuple(highRun, AlertKind.HIGH_PAIN_RUN),
                tuple(largeWorsening, AlertKind.WORSENING),
                tuple(smallWorsening, AlertKind.WORSENING),
                tuple(inactive, AlertKind.INACTIVE));
        assertThat(queue.getLast().description()).isEqualTo("No rating and no session for 10 days since enrolling");
        assertThat(clients.countTriage()).isEqualTo(4);

        assertThat(clients.acknowledge(largeWorsening, AlertKind.WORSENING)).isTrue();
        assertThat(clients.acknowledge(largeWorsening, AlertKind.WORSENING)).as("already seen").isFalse();
        assertThat(clients.acknowledge(inactive, AlertKind.WORSENING)).as("no such alert").isFalse();
        assertThat(clients.triage(PageRequest.of(0, 20))).extracting(TriageAlert::memberId)
                .containsExactly(highRun, smallWorsening, inactive);
        assertThat(clients.acknowledgements(largeWorsening)).singleElement().satisfies(seen -> {
            assertThat(seen.kind()).isEqualTo(AlertKind.WORSENING);
            assertThat(seen.episodeStart()).isEqualTo(TODAY);
            assertThat(seen.acknowledgedBy()).isEqualTo(coach);
            assertThat(seen.byYou()).isTrue();
        });
        assertThat(clients.client(largeWorsening).openAlerts()).isEmpty();
        assertThat(clients.client(largeWorsening).alerts()).singleElement().extracting(Alert::seen).isEqualTo(true);
    }

    @Test
    void aSeenHighPainRunComesBackWhenANewRunStarts() {
        long member = client("Runs");
        members.rate(member, TODAY.minusDays(8), 8, 8, 8, 2);
        signedIn.as(Role.COACH, coach);
        assertThat(clients.acknowledge(member, AlertKind.HIGH_PAIN_RUN)).isTrue();
        assertThat(clients.client(member).openAlerts()).isEmpty();

        members.rate(member, TODAY.minusDays(2), 9, 9, 9);
        assertThat(clients.client(member).openAlerts()).containsExactly(AlertKind.HIGH_PAIN_RUN);
    }

    @Test
    void onlyTheirCoachSeesAClient() {
        long mine = client("Mine");
        long other = members.createClient(members.createCoach(), "Other", "UTC");
        signedIn.as(Role.COACH, coach);
        assertThat(clients.client(mine).memberId()).isEqualTo(mine);
        assertThatThrownBy(() -> clients.client(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> clients.acknowledge(other, AlertKind.INACTIVE)).isInstanceOf(AccessDeniedException.class);
        signedIn.as(Role.MEMBER, mine);
        assertThatThrownBy(() -> clients.clients(ClientFilter.ALL, Pageable.unpaged()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
