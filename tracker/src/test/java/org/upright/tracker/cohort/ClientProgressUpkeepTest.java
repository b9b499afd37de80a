package org.upright.tracker.cohort;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.content.shared.ContentStatus;
import org.upright.content.shared.ContentStatusChanged;
import org.upright.kernel.Role;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.enrollment.EnrollmentService;
import org.upright.tracker.program.ProgramSchedule;
import org.upright.tracker.progress.ProgramStatus;
import org.upright.tracker.progress.ProgressEvaluator;
import org.upright.tracker.progress.ProgressSummary;
import org.upright.tracker.testing.InMemoryProgramSchedules;
import org.upright.tracker.testing.Members;
import org.upright.tracker.testing.SettableClock;
import org.upright.tracker.testing.SignedIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precomputed client list follows what it depends on without a write: the member's day
 * changing (the day-change job, each member at their own midnight), a coach opening the page
 * before the job ran, rows written behind the services or by other rules (start-up), a program
 * released again. Clock: 2026-03-15T12:00Z, moved where a test says.
 */
@SpringBootTest
class ClientProgressUpkeepTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final long PROGRAM = 973;
    static final long ROUTINE = 73;

    @Autowired
    ClientProgressUpkeep upkeep;
    @Autowired
    CoachClientsService clients;
    @Autowired
    ProgressEvaluator evaluator;
    @Autowired
    EnrollmentService enrollments;
    @Autowired
    Members members;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SettableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @BeforeAll
    static void program(@Autowired InMemoryProgramSchedules schedules) {
        Map<Integer, List<Long>> daily = new HashMap<>();
        for (int day = 1; day <= 56; day++) {
            daily.put(day, List.of(ROUTINE));
        }
        schedules.add(new ProgramSchedule(PROGRAM, "Upkeep test program", 8, daily));
    }

    @AfterEach
    void reset() {
        signedIn.signOut();
        clock.reset();
    }

    record Stored(LocalDate computedFor, Integer programDay, String rulesVersion, List<AlertKind> open) {
    }

    private Stored stored(long memberId) {
        List<AlertKind> open = jdbc.sql("""
                        select kind from client_progress_alert where member_id = ? and not seen order by position""")
                .param(memberId).query((rs, i) -> AlertKind.valueOf(rs.getString(1))).list();
        return jdbc.sql("select computed_for, program_day, rules_version from client_progress where member_id = ?")
                .param(memberId)
                .query((rs, i) -> new Stored(rs.getObject(1, LocalDate.class), rs.getObject(2, Integer.class),
                        rs.getString(3), open))
                .optional().orElse(null);
    }

    /** What the member's own pages say now. */
    private Stored evaluated(long memberId) {
        ProgressSummary s = evaluator.summary(memberId);
        return new Stored(s.today(), s.program().map(ProgramStatus::day).orElse(null), RulesVersion.CURRENT,
                s.openAlerts().stream().map(Alert::kind).toList());
    }

    @Test
    void theDayChangeJobMovesTheProgramDayAndRaisesInactivityWithoutAnyWrite() {
        long coach = members.createCoach();
        long quiet = members.createClient(coach, "Quiet", "UTC");
        enrollments.enroll(quiet, PROGRAM, TODAY.minusDays(5));
        members.rate(quiet, TODAY.minusDays(2), 4, 4, 4);
        assertThat(stored(quiet)).isEqualTo(evaluated(quiet));
        assertThat(stored(quiet).programDay()).isEqualTo(6);
        assertThat(stored(quiet).open()).doesNotContain(AlertKind.INACTIVE);

        clock.set(SettableClock.DEFAULT.plus(Duration.ofDays(5)));
        assertThat(stored(quiet).computedFor()).as("nothing recomputed before the job").isEqualTo(TODAY);

        assertThat(upkeep.refreshChangedDays()).isPositive();
        Stored after = stored(quiet);
        assertThat(after).isEqualTo(evaluated(quiet));
        assertThat(after.computedFor()).isEqualTo(TODAY.plusDays(5));
        assertThat(after.programDay()).isEqualTo(11);
        assertThat(after.open()).contains(AlertKind.INACTIVE);
        assertThat(upkeep.refreshChangedDays()).as("every row is of today now").isZero();
    }

    @Test
    void eachMemberChangesDayAtTheirOwnMidnight() {
        clock.set(Instant.parse("2026-03-15T09:30:00Z"));
        long coach = members.createCoach();
        // UTC+14: 23:30 on the 15th, and the 16th an hour later while UTC is still on the 15th
        long kiritimati = members.createClient(coach, "Far east", "Pacific/Kiritimati");
        long utc = members.createClient(coach, "London", "UTC");
        members.rate(kiritimati, TODAY, 5);
        members.rate(utc, TODAY, 5);
        assertThat(stored(kiritimati).computedFor()).isEqualTo(TODAY);

        clock.set(Instant.parse("2026-03-15T10:30:00Z"));
        upkeep.refreshChangedDays();
        assertThat(stored(kiritimati).computedFor()).isEqualTo(TODAY.plusDays(1));
        assertThat(stored(kiritimati)).isEqualTo(evaluated(kiritimati));
        assertThat(stored(utc).computedFor()).isEqualTo(TODAY);
    }

    @Test
    void aCoachOpeningTheListBeforeTheJobRanSeesToday() {
        long coach = members.createCoach();
        long client = members.createClient(coach, "Enrolled", "UTC");
        enrollments.enroll(client, PROGRAM, TODAY);
        clock.set(SettableClock.DEFAULT.plus(Duration.ofDays(2)));

        signedIn.as(Role.COACH, coach);
        ClientProgressRow row = clients.clients(ClientFilter.ALL, PageRequest.of(0, 50)).getFirst();
        assertThat(row.today()).isEqualTo(TODAY.plusDays(2));
        assertThat(row.programDay()).isEqualTo(3);
        assertThat(clients.client(client).programDay()).isEqualTo(3);
    }

    @Test
    void startUpComputesRowsWrittenBehindTheServicesOrByOtherRulesAndDropsFormerMembers() {
        long coach = members.createCoach();
        long announced = members.createClient(coach, "Announced", "UTC");
        members.rate(announced, TODAY.minusDays(1), 6, 6);
        jdbc.sql("update client_progress set rules_version = 'older rules' where member_id = ?").param(announced).update();
        // a bulk load (the bench) writes straight into the tables and announces nothing
        long loaded = jdbc.sql("""
                        insert into account (username, display_name, password_hash, role, time_zone, coach_id)
                        values (?, 'Loaded', 'x', 'MEMBER', 'UTC', ?) returning id""")
                .params("tracker-loaded-" + System.nanoTime(), coach).query(Long.class).single();
        jdbc.sql("insert into pain_rating (member_id, day, score) values (?, ?, 9)").params(loaded, TODAY).update();
        long promoted = members.createClient(coach, "Promoted", "UTC");
        jdbc.sql("update account set role = 'COACH', coach_id = null where id = ?").param(promoted).update();
        assertThat(stored(loaded)).isNull();
        assertThat(stored(promoted)).isNotNull();

        upkeep.runAtStartup();

        assertThat(stored(announced)).isEqualTo(evaluated(announced));
        assertThat(stored(loaded)).isEqualTo(evaluated(loaded));
        assertThat(stored(promoted)).isNull();
        signedIn.as(Role.COACH, coach);
        assertThat(clients.clients(ClientFilter.ALL, PageRequest.of(0, 50)))
                .extracting(ClientProgressRow::displayName, ClientProgressRow::lastRatingScore)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Announced", 6),
                        org.assertj.core.groups.Tuple.tuple("Loaded", 9));
    }

    @Test
    void aProgramReleasedAgainMarksItsMembersOutOfDate() {
        long coach = members.createCoach();
        long client = members.createClient(coach, "In program", "UTC");
        enrollments.enroll(client, PROGRAM, TODAY.minusDays(1));
        long other = members.createClient(coach, "No program", "UTC");
        assertThat(stored(client).computedFor()).isEqualTo(TODAY);

        events.publishEvent(new ContentStatusChanged("PROGRAM", PROGRAM, "upkeep", "Upkeep test program",
                ContentStatus.PUBLISHED, ContentStatus.PUBLISHED, null, "admin"));

        assertThat(stored(client).computedFor()).isNull();
        assertThat(stored(other).computedFor()).isEqualTo(TODAY);
        upkeep.refreshChangedDays();
        assertThat(stored(client)).isEqualTo(evaluated(client));
    }
}
