package org.upright.portal.demo;

import org.junit.jupiter.api.Test;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.session.SessionSubmission;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoHistoryGeneratorTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void sixtyDaysOfRatingsTrendingDownWithGapsAndNotesTheSameEveryTime() {
        List<PainRatingInput> ratings = DemoHistoryGenerator.ratings(TODAY, 60);

        assertThat(ratings).isEqualTo(DemoHistoryGenerator.ratings(TODAY, 60));
        assertThat(ratings).hasSizeBetween(45, 59); // some days skipped
        assertThat(ratings.getFirst().day()).isAfterOrEqualTo(TODAY.minusDays(60));
        assertThat(ratings.getLast().day()).isBefore(TODAY); // today is left for the member to check in
        assertThat(ratings).allSatisfy(r -> assertThat(r.score()).isBetween(0, 10));
        assertThat(ratings).filteredOn(r -> r.note() != null).isNotEmpty();
        assertThat(mean(ratings.subList(0, 7))).isGreaterThan(5.5);
        assertThat(mean(ratings.subList(ratings.size() - 7, ratings.size()))).isLessThan(4.5);
    }

    @Test
    void sessionsOnlyForTheRoutinesPassedIn() {
        assertThat(DemoHistoryGenerator.sessions(TODAY, 60, ZoneId.of("UTC"), List.of())).isEmpty();

        var routines = List.of(new DemoHistoryGenerator.DemoRoutine(5, 2, 4), new DemoHistoryGenerator.DemoRoutine(6, 1, 3));
        List<SessionSubmission> sessions = DemoHistoryGenerator.sessions(TODAY, 60, ZoneId.of("Europe/Berlin"), routines);
        assertThat(sessions).hasSizeBetween(20, 50);
        assertThat(sessions).isEqualTo(DemoHistoryGenerator.sessions(TODAY, 60, ZoneId.of("Europe/Berlin"), routines));
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.routineId()).isIn(5L, 6L);
            assertThat(s.stepsTotal()).isEqualTo(s.routineId() == 5 ? 4 : 3);
            assertThat(s.finishedAt()).isAfter(s.startedAt());
            assertThat(s.painAfter()).isLessThanOrEqualTo(s.painBefore());
        });
        assertThat(sessions.stream().map(SessionSubmission::clientSessionId).distinct()).hasSameSizeAs(sessions);
    }

    private static double mean(List<PainRatingInput> ratings) {
        return ratings.stream().mapToInt(PainRatingInput::score).average().orElseThrow();
    }
}
