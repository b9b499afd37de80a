package org.upright.tracker.screening;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.shared.ProgressChanged;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The member's safety screening: answering it, whether routines may start, clearing a "yes"
 * (by the member's coach, or by the member confirming they have seen a clinician) and asking
 * again. Each method checks who is asking through {@link MemberAccess}.
 */
@Service
@Transactional(readOnly = true)
public class ScreeningService {

    /** A screening counts for this many days; then the member is asked again. */
    public static final int VALID_DAYS = 90;

    public enum ReaskReason { PROGRAM_ASSIGNED, NEW_SYMPTOM }

    private final JdbcClient jdbc;
    private final MemberAccess access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScreeningService(JdbcClient jdbc, MemberAccess access, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** The signed-in member's state. */
    public ScreeningState mine() {
        return state(access.requireCurrentMember().id());
    }

    /** Throws unless the signed-in member may start a routine now. */
    public void requireMayStart(long memberId) {
        ScreeningState state = state(memberId);
        if (!state.mayStart()) {
            throw new ScreeningRequiredException(state.status());
        }
    }

    /**
     * Stores the signed-in member's answers (every question must be answered) and returns the
     * new state.
     */
    @Transactional
    public ScreeningState answer(Map<ScreeningQuestion, Boolean> answers) {
        long memberId = access.requireCurrentMember().id();
        Set<ScreeningQuestion> missing = java.util.EnumSet.allOf(ScreeningQuestion.class);
        missing.removeAll(answers.keySet());
        if (!missing.isEmpty() || answers.containsValue(null)) {
            throw new IllegalArgumentException("Every question needs an answer: " + missing);
        }
        String json = answers.entrySet().stream()
                .map(e -> "\"" + e.getKey().name() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        jdbc.sql("insert into screening (member_id, answered_at, answers, any_yes) values (?, ?, ?::jsonb, ?)")
                .params(memberId, now(), json, answers.containsValue(true)).update();
        events.publishEvent(new ProgressChanged(memberId));
        return state(memberId);
    }

    /** The signed-in member confirms they have seen a clinician about their "yes" answers. */
    @Transactional
    public ScreeningState confirmSeenClinician() {
        long memberId = access.requireCurrentMember().id();
        clear(memberId, memberId, ScreeningResult.ClearedHow.MEMBER_SAW_CLINICIAN);
        return state(memberId);
    }

    /** The member's coach clears the pause (after talking to the member or their clinician). */
    @Transactional
    public boolean clearByCoach(long memberId) {
        long coachId = requireMyClient(memberId);
        return clear(memberId, coachId, ScreeningResult.ClearedHow.COACH);
    }

    /** The client's screenings, newest first, for their coach. */
    public List<ScreeningResult> historyForCoach(long memberId) {
        requireMyClient(memberId);
        return results(memberId, 20);
    }

    /** The client's current state, for their coach. */
    public ScreeningState stateForCoach(long memberId) {
        requireMyClient(memberId);
        return state(memberId);
    }

    /**
     * Asks the member again before their next routine. Called when a coach assigns a program (by
     * that coach) or when the member reports a new symptom (by the member).
     */
    @Transactional
    public void reask(long memberId, ReaskReason reason) {
        access.requireReadable(memberId);
        jdbc.sql("insert into screening_reask (member_id, asked_at, reason) values (?, ?, ?)")
                .params(memberId, now(), reason.name()).update();
    }

    /** Members with an uncleared "yes" in their latest valid screening, and when they answered. */
    public Map<Long, ScreeningResult> blocked(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, ScreeningResult> blocked = new HashMap<>();
        List<Long> ids = jdbc.sql("""
                        select distinct on (s.member_id) s.member_id, s.any_yes, s.cleared_at
                        from screening s where s.member_id = any (?)
                        order by s.member_id, s.answered_at desc, s.id desc""")
                .param(memberIds.toArray(Long[]::new))
                .query((rs, i) -> rs.getBoolean(2) && rs.getObject(3) == null ? rs.getLong(1) : null)
                .list().stream().filter(java.util.Objects::nonNull).toList();
        for (long id : ids) {
            results(id, 1).stream().findFirst().ifPresent(r -> blocked.put(id, r));
        }
        return blocked;
    }

    ScreeningState state(long memberId) {
        Optional<ScreeningResult> latest = results(memberId, 1).stream().findFirst();
        if (latest.isEmpty()) {
            return new ScreeningState(ScreeningState.Status.NEEDED, latest);
        }
        ScreeningResult r = latest.get();
        if (r.anyYes() && !r.cleared()) {
            // an open "yes" stays a pause however old it is; answering again replaces it
            return new ScreeningState(ScreeningState.Status.BLOCKED, latest);
        }
        Instant reaskedAt = jdbc.sql("select max(asked_at) from screening_reask where member_id = ?")
                .param(memberId).query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant).orElse(null);
        boolean expired = !r.answeredAt().plus(Duration.ofDays(VALID_DAYS)).isAfter(clock.instant());
        boolean reasked = reaskedAt != null && !reaskedAt.isBefore(r.answeredAt());
        return new ScreeningState(expired || reasked ? ScreeningState.Status.NEEDED : ScreeningState.Status.CLEAR, latest);
    }

    private boolean clear(long memberId, long by, ScreeningResult.ClearedHow how) {
        boolean cleared = jdbc.sql("""
                        update screening set cleared_at = ?, cleared_by = ?, cleared_how = ?
                        where id = (select id from screening where member_id = ? order by answered_at desc, id desc limit 1)
                          and any_yes and cleared_at is null""")
                .params(now(), by, how.name(), memberId).update() == 1;
        if (cleared) {
            events.publishEvent(new ProgressChanged(memberId));
        }
        return cleared;
    }

    private List<ScreeningResult> results(long memberId, int limit) {
        List<ScreeningResult> rows = jdbc.sql("""
                        select id, answered_at, cleared_at, cleared_how from screening
                        where member_id = ? order by answered_at desc, id desc limit ?""")
                .params(memberId, limit)
                .query((rs, i) -> new ScreeningResult(rs.getLong(1), memberId,
                        rs.getObject(2, OffsetDateTime.class).toInstant(), Map.of(),
                        Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                        Optional.ofNullable(rs.getString(4)).map(ScreeningResult.ClearedHow::valueOf).orElse(null)))
                .list();
        return rows.stream().map(r -> new ScreeningResult(r.id(), memberId, r.answeredAt(), answers(r.id()),
                r.clearedAt(), r.clearedHow())).toList();
    }

    private Map<ScreeningQuestion, Boolean> answers(long screeningId) {
        Map<ScreeningQuestion, Boolean> answers = new EnumMap<>(ScreeningQuestion.class);
        jdbc.sql("select key, value::boolean from screening, jsonb_each_text(answers) where id = ?")
                .param(screeningId)
                .query((rs, i) -> answers.put(ScreeningQuestion.valueOf(rs.getString(1)), rs.getBoolean(2)))
                .list();
        return answers;
    }

    /** The signed-in coach's id, if the member is their client (the kernel's one rule). */
    private long requireMyClient(long memberId) {
        return access.requireMyClient(memberId).coachId();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
