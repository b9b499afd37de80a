package org.upright.portal.demo;

import org.upright.kernel.BodyArea;
import org.upright.tracker.pain.PainRatingInput;
import org.upright.tracker.session.SessionSubmission;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Plausible, repeatable demo history: pain falling from about 7 to about 3 over the period with
 * day-to-day noise, some skipped days, a few notes, and (given routines) sessions on most days.
 */
final class DemoHistoryGenerator {

    /** A routine version the demo member may have run. */
    record DemoRoutine(long routineId, int version, int stepsTotal) {
    }

    private static final long SEED = 20_260_315L;
    private static final String[] NOTES = {
            "Long day at the desk, upper back tight by the evening.",
            "Did the wall press twice; the ache between the shoulder blades eased.",
            "Slept badly, stiff in the morning.",
            "Walked to work; felt looser than usual.",
            "Chest stretch before lunch helped a lot."};

    private DemoHistoryGenerator() {
    }

    /** One rating per day for the {@code days} days before {@code today}, minus about one in eight skipped. */
    static List<PainRatingInput> ratings(LocalDate today, int days) {
        Random random = new Random(SEED);
        List<PainRatingInput> ratings = new ArrayList<>();
        for (int back = days; back >= 1; back--) {
            double progress = (days - back) / (double) (days - 1);
            double trend = 7.2 - 4.2 * progress;
            int score = (int) Math.round(Math.clamp(trend + random.nextGaussian() * 0.8, 0, 10));
            boolean skipped = random.nextInt(8) == 0;
            String note = random.nextInt(10) == 0 ? NOTES[random.nextInt(NOTES.length)] : null;
            Set<BodyArea> areas = areas(random, score);
            if (!skipped) {
                ratings.add(new PainRatingInput(today.minusDays(back), score, areas, note));
            }
        }
        return ratings;
    }

    /** Sessions on about six days in ten, each of one of the given routines, in the morning of the member's zone. */
    static List<SessionSubmission> sessions(LocalDate today, int days, ZoneId zone, List<DemoRoutine> routines) {
        if (routines.isEmpty()) {
            return List.of();
        }
        Random random = new Random(SEED + 1);
        List<SessionSubmission> sessions = new ArrayList<>();
        for (int back = days; back >= 1; back--) {
            if (random.nextInt(10) >= 6) {
                continue;
            }
            LocalDate day = today.minusDays(back);
            DemoRoutine routine = routines.get(random.nextInt(routines.size()));
            var started = day.atTime(LocalTime.of(7, 15).plusMinutes(random.nextInt(90))).atZone(zone).toInstant();
            int duration = routine.stepsTotal() * (60 + random.nextInt(60));
            int before = Math.clamp(Math.round(7 - 4.0 * (days - back) / days + random.nextGaussian()), 1, 10);
            int after = Math.max(0, before - random.nextInt(3));
            UUID id = UUID.nameUUIDFromBytes(("demo-session-" + day + "-" + routine.routineId())
                    .getBytes(StandardCharsets.UTF_8));
            sessions.add(new SessionSubmission(id, routine.routineId(), routine.version(), started,
                    started.plusSeconds(duration), routine.stepsTotal(), routine.stepsTotal(), duration, before, after,
                    null));
        }
        return sessions;
    }

    private static Set<BodyArea> areas(Random random, int score) {
        Set<BodyArea> areas = EnumSet.of(BodyArea.MID_BACK);
        if (score >= 5 && random.nextBoolean()) {
            areas.add(BodyArea.UPPER_BACK);
        }
        if (random.nextInt(4) == 0) {
            areas.add(BodyArea.NECK);
        }
        return areas;
    }
}
