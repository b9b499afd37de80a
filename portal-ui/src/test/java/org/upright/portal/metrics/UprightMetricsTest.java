package org.upright.portal.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.upright.content.routine.PublishedRoutine;
import org.upright.content.routine.RoutineService;
import org.upright.accounts.AccountProfile;
import org.upright.kernel.Role;
import org.upright.tracker.export.MemberExportService;
import org.upright.portal.testing.TestAccounts;
import org.upright.portal.testing.TrackerData;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.pain.PainRatingService;
import org.upright.tracker.progress.AlertService;
import org.upright.tracker.progress.PainTrendService;
import org.upright.tracker.session.CompletedSessionService;
import org.upright.tracker.session.SessionSubmission;
import org.upright.kernel.validation.InvalidInputException;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each business metric moves when (and only when) the thing it counts happened. */
@SpringBootTest
class UprightMetricsTest {

    @Autowired
    MeterRegistry registry;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TrackerData data;
    @Autowired
    PainRatingService ratings;
    @Autowired
    CompletedSessionService sessions;
    @Autowired
    RoutineService routines;
    @Autowired
    AlertService alerts;
    @Autowired
    PainTrendService trends;
    @Autowired
    MemberExportService exports;

    private AccountProfile member;

    @BeforeEach
    void signIn() {
        member = accounts.create(Role.MEMBER);
        TestAccounts.signIn(member);
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void savedCheckInsAreCountedRefusedOnesAreNot() {
        double before = count(UprightMetrics.CHECKINS_SAVED);
        ratings.save(member.id(), new PainRatingInput(data.today(member.id()), 4, Set.of(), null));
        assertThatThrownBy(() -> ratings.save(member.id(), new PainRatingInput(data.today(member.id()).plusDays(1), 4,
                Set.of(), null))).isInstanceOf(InvalidInputException.class);
        assertThat(count(UprightMetrics.CHECKINS_SAVED)).isEqualTo(before + 1);
    }

    @Test
    void aSessionSentTwiceIsCountedOnce() {
        PublishedRoutine routine = routines.findPublishedBySlug("core-basics").orElseThrow();
        Instant start = Instant.now().minusSeconds(600);
        SessionSubmission submission = new SessionSubmission(UUID.randomUUID(), routine.id(), routine.version(), start,
                start.plusSeconds(300), 3, 3, 300, null, null, null);
        double before = count(UprightMetrics.SESSIONS_RECORDED);
        sessions.record(member.id(), submission);
        sessions.record(member.id(), submission);
        assertThat(count(UprightMetrics.SESSIONS_RECORDED)).isEqualTo(before + 1);
    }

    @Test
    void alertsAreCountedByKindAndProgressQueriesAreTimed() {
        data.ratings(member.id(), 0, 8, 8, 9);
        double before = count(UprightMetrics.ALERTS_RAISED, "kind", "high_pain_run");
        long timedBefore = timer("AlertService.alerts");
        assertThat(alerts.alerts(member.id())).isNotEmpty();
        assertThat(count(UprightMetrics.ALERTS_RAISED, "kind", "high_pain_run")).isEqualTo(before + 1);
        assertThat(timer("AlertService.alerts")).isEqualTo(timedBefore + 1);

        long seriesBefore = timer("PainTrendService.recentSeries");
        trends.recentSeries(member.id(), 30);
        assertThat(timer("PainTrendService.recentSeries")).isEqualTo(seriesBefore + 1);
    }

    @Test
    void exportDownloadsAreCountedByFormat() throws Exception {
        data.ratings(member.id(), 0, 5, 4);
        double csv = count(UprightMetrics.EXPORTS, "format", "csv");
        double pdf = count(UprightMetrics.EXPORTS, "format", "pdf");
        exports.writeCsv(member.id(), new ByteArrayOutputStream());
        exports.writeReport(member.id(), new ByteArrayOutputStream());
        assertThat(count(UprightMetrics.EXPORTS, "format", "csv")).isEqualTo(csv + 1);
        assertThat(count(UprightMetrics.EXPORTS, "format", "pdf")).isEqualTo(pdf + 1);
    }

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    private long timer(String query) {
        Timer timer = registry.find(UprightMetrics.PROGRESS_QUERY).tag("query", query).tag("outcome", "success").timer();
        return timer == null ? 0 : timer.count();
    }
}
