package org.upright.portal.coach;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.progress.AdherenceService;
import org.upright.tracker.progress.AdherenceSummary;
import org.upright.tracker.progress.Alert;
import org.upright.tracker.progress.AlertKind;
import org.upright.tracker.progress.AlertService;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.PainComparison;
import org.upright.tracker.progress.PainTrendService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The coach's one-statement client query against the tracker's own per-member services: the
 * numbers a coach sees in the list must be the ones the member sees on their progress page.
 */
@SpringBootTest
class ClientProgressQueryTest {

    @Autowired
    CoachClientsService clients;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TrackerData data;
    @Autowired
    PainTrendService trends;
    @Autowired
    AdherenceService adherence;
    @Autowired
    AlertService alerts;
    @Autowired
    JdbcClient jdbc;

    AccountProfile coach;
    long programId;
    long plannedRoutine;

    @BeforeEach
    void coachAndAProgram() {
        coach = accounts.create(Role.COACH);
        programId = jdbc.sql("""
                        select p.id from program p where p.status = 'PUBLISHED'
                        and exists (select 1 from program_schedule s where s.program_id = p.id and s.day_number = 1)
                        order by p.id limit 1""")
                .query(Long.class).single();
        plannedRoutine = jdbc.sql("select routine_id from program_schedule where program_id = ? and day_number = 1 limit 1")
                .param(programId).query(Long.class).single();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    private AccountProfile client() {
        return accounts.create(Role.MEMBER, coach.id());
    }

    private Map<Long, ClientProgressRow> rowsById() {
        TestAccounts.signIn(coach);
        return clients.clients(ClientFilter.ALL, PageRequest.of(0, 100)).stream()
                .collect(Collectors.toMap(ClientProgressRow::memberId, Function.identity()));
    }

    @Test
    void everyNumberMatchesTheTrackerServicesOfThatMember() {
        AccountProfile improving = client();
        data.enroll(improving.id(), programId, data.today(improving.id()).minusDays(20));
        data.ratings(improving.id(), 0, 7, 7, 8, 7, 7, 7, 7, 5, 5, 4, 4, 3, 4, 3, 3, 4, 3);
        for (int back = 0; back < 20; back += 2) {
            data.session(improving.id(), plannedRoutine, data.today(improving.id()).minusDays(back));
        }
        AccountProfile worsening = client();
        data.ratings(worsening.id(), 1, 2, 2, 3, 2, 2, 2, 3, 5, 6, 5, 6, 6, 5, 6);
        AccountProfile highRun = client();
        data.enroll(highRun.id(), programId, data.today(highRun.id()).minusDays(3));
        data.ratings(highRun.id(), 0, 5, 8, 8, 9);
        AccountProfile inactive = client();
        data.enroll(inactive.id(), programId, data.today(inactive.id()).minusDays(12));
        data.ratings(inactive.id(), 6, 4, 4, 5);
        AccountProfile nothingYet = client();
        AccountProfile someoneElses = accounts.create(Role.MEMBER, accounts.create(Role.COACH).id());

        Map<Long, ClientProgressRow> rows = rowsById();
        assertThat(rows.keySet()).containsExactlyInAnyOrder(improving.id(), worsening.id(), highRun.id(), inactive.id(),
                nothingYet.id()).doesNotContain(someoneElses.id());
        for (ClientProgressRow row : rows.values()) {
            long id = row.memberId();
            Optional<PainComparison> comparison = trends.comparison(id);
            assertThat(Optional.ofNullable(row.change())).as("label of %s", row.username())
                    .isEqualTo(comparison.map(PainComparison::label));
            comparison.ifPresent(c -> {
                assertThat(row.baseline()).isCloseTo(c.baseline().mean(), within(1e-9));
                assertThat(row.current()).isCloseTo(c.current().mean(), within(1e-9));
            });
            AdherenceSummary plan = adherence.adherence(id);
            assertThat(List.of(row.planned7(), row.done7(), row.planned28(), row.done28())).as("adherence of %s", row.username())
                    .containsExactly(plan.last7Days().planned(), plan.last7Days().done(), plan.last28Days().planned(),
                            plan.last28Days().done());
            assertThat(row.lastActive()).isEqualTo(adherence.streak(id).lastActiveDay());
            assertThat(row.openAlerts()).as("alerts of %s", row.username())
                    .containsExactlyElementsOf(alerts.alerts(id).stream().map(Alert::kind).toList());
        }
        assertThat(rows.get(improving.id()).change()).isEqualTo(ChangeLabel.IMPROVED);
        assertThat(rows.get(improving.id()).planned7()).isPositive();
        assertThat(rows.get(worsening.id()).openAlerts()).containsExactly(AlertKind.WORSENING);
        assertThat(rows.get(highRun.id()).openAlerts()).containsExactly(AlertKind.HIGH_PAIN_RUN);
        assertThat(rows.get(inactive.id()).openAlerts()).containsExactly(AlertKind.INACTIVE);
        assertThat(rows.get(nothingYet.id())).satisfies(r -> {
            assertThat(r.change()).isNull();
            assertThat(r.programId()).isNull();
            assertThat(r.lastRatingDay()).isNull();
            assertThat(r.openAlerts()).isEmpty();
        });
        assertThat(rows.get(improving.id())).satisfies(r -> {
            assertThat(r.programId()).isEqualTo(programId);
            assertThat(r.programDay()).isEqualTo(21);
            assertThat(r.lastRatingDay()).isEqualTo(data.today(improving.id()));
            assertThat(r.lastRatingScore()).isEqualTo(3);
        });
    }

    @Test
    void filtersSortsAndPagesInTheDatabase() {
        AccountProfile low = client();
        data.ratings(low.id(), 0, 2, 2, 2);
        AccountProfile high = client();
        data.ratings(high.id(), 0, 5, 8, 8, 8);
        AccountProfile none = client();
        TestAccounts.signIn(coach);

        assertThat(clients.countClients(ClientFilter.ALL)).isEqualTo(3);
        assertThat(clients.clients(ClientFilter.ALL.withText(high.username().toUpperCase()), PageRequest.of(0, 10)))
                .extracting(ClientProgressRow::memberId).containsExactly(high.id());
        assertThat(clients.countClients(ClientFilter.ALL.withNeedsAttention(true))).isEqualTo(1);
        assertThat(clients.clients(ClientFilter.ALL.withNeedsAttention(true), PageRequest.of(0, 10)))
                .extracting(ClientProgressRow::memberId).containsExactly(high.id());

        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "alerts"))))
                .extracting(ClientProgressRow::memberId).first().isEqualTo(high.id());
        // no rating sorts last in both directions
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by(Sort.Direction.DESC, "lastRating"))))
                .extracting(ClientProgressRow::memberId).last().isEqualTo(none.id());
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by(Sort.Direction.ASC, "lastRating"))))
                .extracting(ClientProgressRow::memberId).last().isEqualTo(none.id());
        List<Long> byName = clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by("name"))).stream()
                .map(ClientProgressRow::memberId).toList();
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(1, 2, Sort.by("name"))))
                .extracting(ClientProgressRow::memberId).containsExactly(byName.get(2));
        // an unknown sort key is ignored rather than put into the SQL
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 10, Sort.by("display_name; drop table account"))))
                .hasSize(3);
    }

    @Test
    void triageShowsWorseningThenHighPainThenInactivityAndSeenTakesItOut() {
        AccountProfile inactive = client();
        data.enroll(inactive.id(), programId, data.today(inactive.id()).minusDays(9));
        AccountProfile highRun = client();
        data.ratings(highRun.id(), 0, 7, 7, 7);
        AccountProfile worsening = client();
        data.ratings(worsening.id(), 0, 1, 1, 1, 1, 1, 1, 1, 4, 4, 4);
        AccountProfile both = client();
        data.ratings(both.id(), 0, 2, 2, 2, 2, 2, 2, 2, 8, 9, 9);
        TestAccounts.signIn(coach);

        List<TriageAlert> queue = clients.triage(PageRequest.of(0, 20));
        assertThat(queue).extracting(TriageAlert::kind).containsExactly(AlertKind.WORSENING, AlertKind.WORSENING,
                AlertKind.HIGH_PAIN_RUN, AlertKind.HIGH_PAIN_RUN, AlertKind.INACTIVE);
        // within a kind, the bigger change first
        assertThat(queue).extracting(TriageAlert::memberId).startsWith(both.id(), worsening.id());
        assertThat(queue.getLast().description()).isEqualTo("No rating and no session for 10 days since enrolling");
        assertThat(clients.countTriage()).isEqualTo(5);

        assertThat(clients.acknowledge(both.id(), AlertKind.WORSENING)).isTrue();
        assertThat(clients.acknowledge(both.id(), AlertKind.WORSENING)).as("already seen").isFalse();
        assertThat(clients.acknowledge(inactive.id(), AlertKind.WORSENING)).as("no such alert").isFalse();
        assertThat(clients.triage(PageRequest.of(0, 20))).extracting(TriageAlert::memberId, TriageAlert::kind)
                .doesNotContain(org.assertj.core.groups.Tuple.tuple(both.id(), AlertKind.WORSENING))
                .contains(org.assertj.core.groups.Tuple.tuple(both.id(), AlertKind.HIGH_PAIN_RUN));
        assertThat(clients.acknowledgements(both.id())).singleElement().satisfies(seen -> {
            assertThat(seen.kind()).isEqualTo(AlertKind.WORSENING);
            assertThat(seen.acknowledgedBy()).isEqualTo(coach.displayName());
            assertThat(seen.acknowledgedAt()).isNotNull();
        });
        assertThat(clients.client(both.id()).openAlerts()).containsExactly(AlertKind.HIGH_PAIN_RUN);
    }

    @Test
    void aSeenHighPainRunComesBackWhenANewRunStarts() {
        AccountProfile member = client();
        LocalDate today = data.today(member.id());
        data.rate(member.id(), today.minusDays(8), 8);
        data.rate(member.id(), today.minusDays(7), 8);
        data.rate(member.id(), today.minusDays(6), 8);
        data.rate(member.id(), today.minusDays(5), 2);
        TestAccounts.signIn(coach);
        assertThat(clients.acknowledge(member.id(), AlertKind.HIGH_PAIN_RUN)).isTrue();
        assertThat(clients.client(member.id()).openAlerts()).isEmpty();

        data.rate(member.id(), today.minusDays(2), 9);
        data.rate(member.id(), today.minusDays(1), 9);
        data.rate(member.id(), today, 9);
        assertThat(clients.client(member.id()).openAlerts()).containsExactly(AlertKind.HIGH_PAIN_RUN);
    }
}
