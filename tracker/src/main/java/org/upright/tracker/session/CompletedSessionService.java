package org.upright.tracker.session;

import org.upright.kernel.i18n.Wording;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.validation.FieldChecks;
import org.upright.tracker.shared.MemberCalendar;
import org.upright.tracker.shared.ProgressChanged;
import org.upright.kernel.validation.InvalidInputException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Completed sessions, each recorded exactly once however often the client submits it. The timer
 * records a session the moment it ends; pain-after and a note the member adds afterwards come as a
 * repeat of the same client session id and update that session (its owner's only). When the timer
 * reports how long each step's holds really ran, a step counts as done only if more than half of its
 * planned hold ran, so a routine skipped through in seconds is not stored as complete.
 */
@Service
@Transactional(readOnly = true)
public class CompletedSessionService {

    public static final int NOTE_MAX_LENGTH = 1000;
    /** The few words a member may add to "Other" (or any reason) when stopping early. */
    public static final int STOP_NOTE_MAX_LENGTH = 200;
    /** Client clocks run a little fast sometimes; later than this ahead of ours is refused. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final String INSERT = """
            insert into completed_session (client_session_id, member_id, routine_id, routine_version, started_at,
                finished_at, day, steps_completed, steps_total, duration_seconds, pain_before, pain_after, note,
                hold_seconds_planned, hold_seconds_held, step_hold_seconds, stop_reason, stop_note, step_easier)
            values (:client, :member, :routine, :version, :started, :finished, :day, :done, :total, :duration,
                :before, :after, :note, :planned, :held, :stepHolds, :stopReason, :stopNote, :easier)
            on conflict (client_session_id) do nothing
            returning *""";

    private final JdbcClient jdbc;
    private final MemberCalendar calendar;
    private final RoutineCatalog routines;
    private final ApplicationEventPublisher events;

    CompletedSessionService(JdbcClient jdbc, MemberCalendar calendar, RoutineCatalog routines,
                            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.routines = routines;
        this.events = events;
    }

    /**
     * Stores the session, or returns the one stored earlier under the same client id
     * ({@code newlyRecorded == false}). Refuses bad input with {@link InvalidInputException}.
     */
    @Transactional
    public RecordedSession record(long memberId, SessionSubmission s) {
        RoutineInfo routine = validate(s);
        Integer planned = null;
        Integer held = null;
        int done = s.stepsCompleted();
        if (s.stepHoldSeconds() != null) {
            held = s.stepHoldSeconds().stream().mapToInt(Integer::intValue).sum();
            if (routine.knowsHoldTimes()) {
                // a step done in its easier version is measured against the easier version's plan
                List<Integer> plan = routine.plannedHoldSeconds(s.stepEasier());
                planned = plan.stream().mapToInt(Integer::intValue).sum();
                done = stepsDone(s.stepHoldSeconds(), plan);
            }
        }
        var zone = calendar.zone(memberId);
        Optional<CompletedSession> inserted = jdbc.sql(INSERT)
                .param("client", s.clientSessionId()).param("member", memberId)
                .param("routine", s.routineId()).param("version", s.routineVersion())
                .param("started", s.startedAt().atOffset(ZoneOffset.UTC))
                .param("finished", s.finishedAt().atOffset(ZoneOffset.UTC))
                .param("day", LocalDate.ofInstant(s.startedAt(), zone))
                .param("done", done).param("total", s.stepsTotal())
                .param("duration", s.durationSeconds())
                .param("before", s.painBefore()).param("after", s.painAfter())
                .param("note", blankToNull(s.note()))
                .param("planned", planned).param("held", held)
                .param("stepHolds", s.stepHoldSeconds() == null ? null : s.stepHoldSeconds().toArray(Integer[]::new))
                .param("stopReason", s.stopReason() == null ? null : s.stopReason().name())
                .param("stopNote", s.stopReason() == null ? null : blankToNull(s.stopNote()))
                .param("easier", s.stepEasier() == null ? null : s.stepEasier().toArray(Boolean[]::new))
                .query(ROW).optional();
        if (inserted.isPresent()) {
            events.publishEvent(new ProgressChanged(memberId));
            return new RecordedSession(inserted.get().id(), true, inserted.get());
        }
        CompletedSession existing = findByClientId(s.clientSessionId()).orElseThrow();
        if (existing.memberId() != memberId) {
            // a client id is a secret of one member's device; never reveal another member's session
            throw InvalidInputException.of("clientSessionId", Wording.text("tracker.session.invalid.id-in-use"));
        }
        if (Objects.equals(existing.painAfter(), s.painAfter()) && Objects.equals(existing.note(), blankToNull(s.note()))) {
            return new RecordedSession(existing.id(), false, existing);
        }
        return new RecordedSession(existing.id(), false,
                updateAfterwards(memberId, s.clientSessionId(), s.painAfter(), s.note()));
    }

    /**
     * Pain-after and a note given after the session was recorded (the timer records it the moment it
     * ends). Only the member's own session changes; what the timer measured stays as recorded.
     */
    @Transactional
    public CompletedSession updateAfterwards(long memberId, UUID clientSessionId, Integer painAfter, String note) {
        new FieldChecks().score(painAfter, "painAfter", false).note(note, "note", NOTE_MAX_LENGTH).throwIfAny();
        CompletedSession updated = jdbc.sql("""
                        update completed_session set pain_after = :after, note = :note
                        where client_session_id = :client and member_id = :member
                        returning *""")
                .param("after", painAfter).param("note", blankToNull(note))
                .param("client", clientSessionId).param("member", memberId)
                .query(ROW).optional()
                // another member's id reads the same as an unknown one: never reveal it exists
                .orElseThrow(() -> InvalidInputException.of("clientSessionId", Wording.text("tracker.session.invalid.unknown")));
        events.publishEvent(new ProgressChanged(memberId));
        return updated;
    }

    /** A step is done when it has no hold, or when more than half of its planned hold really ran. */
    static int stepsDone(List<Integer> heldSeconds, List<Integer> plannedSeconds) {
        int done = 0;
        for (int i = 0; i < plannedSeconds.size(); i++) {
            int planned = plannedSeconds.get(i);
            if (planned <= 0 || heldSeconds.get(i) * 2 > planned) {
                done++;
            }
        }
        return done;
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }

    public Optional<CompletedSession> findByClientId(UUID clientSessionId) {
        return jdbc.sql("select * from completed_session where client_session_id = ?").param(clientSessionId)
                .query(ROW).optional();
    }

    /** The member's latest session of the routine that has a pain-after, if any. */
    public Optional<CompletedSession> latestRatedAfter(long memberId, long routineId) {
        return jdbc.sql("""
                        select * from completed_session where member_id = ? and routine_id = ? and pain_after is not null
                        order by finished_at desc limit 1""")
                .params(memberId, routineId).query(ROW).optional();
    }

    /** Sessions whose local day lies between the two days (inclusive), newest first. */
    public List<CompletedSession> list(long memberId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select * from completed_session where member_id = ? and day between ? and ?
                        order by started_at desc""")
                .params(memberId, from, to).query(ROW).list();
    }

    private RoutineInfo validate(SessionSubmission s) {
        FieldChecks checks = new FieldChecks();
        checks.require(s.clientSessionId() != null, "clientSessionId", Wording.text("tracker.session.invalid.no-id"))
                .require(s.startedAt() != null, "startedAt", Wording.text("tracker.session.invalid.no-start"))
                .require(s.finishedAt() != null, "finishedAt", Wording.text("tracker.session.invalid.no-finish"));
        if (s.startedAt() != null && s.finishedAt() != null) {
            checks.require(!s.finishedAt().isBefore(s.startedAt()), "finishedAt",
                    Wording.text("tracker.session.invalid.finish-before-start"));
            checks.require(!s.finishedAt().isAfter(calendar.clock().instant().plus(CLOCK_SKEW)), "finishedAt",
                    Wording.text("tracker.session.invalid.finish-future"));
        }
        checks.require(s.stepsTotal() > 0, "stepsTotal", Wording.text("tracker.session.invalid.no-steps"))
                .require(s.stepsCompleted() >= 0, "stepsCompleted", Wording.text("tracker.session.invalid.steps-negative"))
                .require(s.stepsCompleted() <= s.stepsTotal(), "stepsCompleted",
                        Wording.text("tracker.session.invalid.steps-exceed", s.stepsCompleted(), s.stepsTotal()))
                .require(s.durationSeconds() >= 0, "durationSeconds", Wording.text("tracker.session.invalid.duration-negative"))
                .score(s.painBefore(), "painBefore", false)
                .score(s.painAfter(), "painAfter", false)
                .note(s.note(), "note", NOTE_MAX_LENGTH)
                .note(s.stopNote(), "stopNote", STOP_NOTE_MAX_LENGTH);
        List<Integer> holds = s.stepHoldSeconds();
        if (holds != null) {
            checks.require(holds.size() == s.stepsTotal(), "stepHoldSeconds",
                    Wording.text("tracker.session.invalid.holds-count", holds.size(), s.stepsTotal()));
            checks.require(holds.stream().allMatch(h -> h != null && h >= 0), "stepHoldSeconds",
                    Wording.text("tracker.session.invalid.holds-negative"));
            checks.require(holds.stream().filter(Objects::nonNull).mapToLong(Integer::longValue).sum() <= s.durationSeconds() + 1L,
                    "stepHoldSeconds", Wording.text("tracker.session.invalid.holds-too-long"));
        }
        List<Boolean> easier = s.stepEasier();
        if (easier != null) {
            checks.require(easier.size() == s.stepsTotal(), "stepEasier",
                    Wording.text("tracker.session.invalid.easier-count", easier.size(), s.stepsTotal()));
            checks.require(easier.stream().allMatch(Objects::nonNull), "stepEasier",
                    Wording.text("tracker.session.invalid.easier-missing"));
        }
        Optional<RoutineInfo> routine = routines.find(s.routineId(), s.routineVersion());
        checks.require(routine.isPresent(), "routineId",
                Wording.text("tracker.session.invalid.routine-unknown", s.routineId(), s.routineVersion()));
        routine.ifPresent(r -> checks.require(r.stepsTotal() == s.stepsTotal(), "stepsTotal",
                Wording.text("tracker.session.invalid.routine-steps", r.title(), r.stepsTotal(), s.stepsTotal())));
        if (easier != null && routine.isPresent() && easier.size() == s.stepsTotal()) {
            for (int i = 0; i < easier.size(); i++) {
                checks.require(!Boolean.TRUE.equals(easier.get(i)) || routine.get().hasEasier(i), "stepEasier",
                        Wording.text("tracker.session.invalid.no-easier", i + 1, routine.get().title()));
            }
        }
        checks.throwIfAny();
        return routine.orElseThrow();
    }

    static final RowMapper<CompletedSession> ROW = CompletedSessionService::map;

    private static CompletedSession map(ResultSet rs, int row) throws SQLException {
        return new CompletedSession(rs.getLong("id"), rs.getObject("client_session_id", UUID.class),
                rs.getLong("member_id"), rs.getLong("routine_id"), rs.getInt("routine_version"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                rs.getObject("day", LocalDate.class), rs.getInt("steps_completed"), rs.getInt("steps_total"),
                rs.getInt("duration_seconds"), (Integer) rs.getObject("pain_before", Integer.class),
                (Integer) rs.getObject("pain_after", Integer.class), rs.getString("note"),
                (Integer) rs.getObject("hold_seconds_held", Integer.class),
                (Integer) rs.getObject("hold_seconds_planned", Integer.class),
                rs.getString("stop_reason") == null ? null : StopReason.valueOf(rs.getString("stop_reason")),
                rs.getString("stop_note"), booleans(rs.getArray("step_easier")));
    }

    private static List<Boolean> booleans(java.sql.Array array) throws SQLException {
        if (array == null) {
            return null;
        }
        try {
            return List.of((Boolean[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
