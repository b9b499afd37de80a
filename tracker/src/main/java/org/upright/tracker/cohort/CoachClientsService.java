package org.upright.tracker.cohort;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.Roles;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberAccess;
import org.upright.tracker.alert.Alert;
import org.upright.tracker.alert.AlertAcknowledgement;
import org.upright.tracker.alert.AlertKind;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The signed-in coach's clients with their progress, and the triage queue of their open
 * alerts. Everything is computed for this coach's own clients only, with the rules of the
 * members' own pages.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Roles.IS_COACH)
public class CoachClientsService {

    private final CohortQuery cohort;
    private final ClientProgressRefresh refresh;
    private final MemberAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    CoachClientsService(CohortQuery cohort, ClientProgressRefresh refresh, MemberAccess access, JdbcClient jdbc,
                        Clock clock) {
        this.cohort = cohort;
        this.refresh = refresh;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One page of clients, filtered and sorted (sort keys: name, program, lastRating (the score),
     * rated (its day), change, adherence7, adherence28, lastActive, alerts).
     */
    public List<ClientProgressRow> clients(ClientFilter filter, Pageable page) {
        return cohort.page(currentCoach(), filter, page);
    }

    /** One client's row, as in the list. */
    public ClientProgressRow client(long memberId) {
        Member member = requireMyClient(memberId);
        refresh.refreshOutOfDate(member.coachId());
        return cohort.row(memberId).orElseGet(() -> {
            // written behind the services' back (no row yet): computed now, as a write would have
            refresh.refreshInOwnTransaction(List.of(memberId));
            return cohort.row(memberId).orElseThrow();
        });
    }

    public long countClients(ClientFilter filter) {
        return cohort.count(currentCoach(), filter);
    }

    /** Open alerts across the coach's clients, most severe first ({@link org.upright.tracker.alert.Triage}). */
    public List<TriageAlert> triage(Pageable page) {
        return cohort.triage(currentCoach(), page);
    }

    public long countTriage() {
        return cohort.countTriage(currentCoach());
    }

    /**
     * The signed-in coach, after their clients' rows computed for an earlier day are brought up to
     * date (the day-change job does this every few minutes; this covers the minutes between).
     */
    private long currentCoach() {
        long coachId = access.requireCurrentCoach();
        refresh.refreshOutOfDate(coachId);
        return coachId;
    }

    /**
     * Marks the client's open alert of this kind as seen by the signed-in coach, now. Returns
     * false when there is no such open alert (already seen, or gone).
     */
    @Transactional
    public boolean acknowledge(long memberId, AlertKind kind) {
        Member member = requireMyClient(memberId);
        if (kind == AlertKind.SCREENING_RED_FLAG) {
            // not a "seen" mark: the coach clears the pause itself (ScreeningService.clearByCoach)
            return false;
        }
        Optional<Alert> open = refresh.rows(List.of(member)).getFirst().open().stream()
                .filter(a -> a.kind() == kind).findFirst();
        if (open.isEmpty()) {
            return false;
        }
        boolean added = jdbc.sql("""
                        insert into alert_acknowledgement (member_id, kind, episode_start, acknowledged_by, acknowledged_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(memberId, kind.name(), open.get().episode(), access.requireCurrentCoach(),
                        OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .update() == 1;
        refresh.refresh(List.of(memberId));
        return added;
    }

    /** The client's most recent "seen" marks, newest first. */
    public List<AlertAcknowledgement> acknowledgements(long memberId) {
        requireMyClient(memberId);
        long me = access.requireCurrentCoach();
        return jdbc.sql("""
                        select member_id, kind, episode_start, acknowledged_by, acknowledged_at from alert_acknowledgement
                        where member_id = ? order by acknowledged_at desc, id desc limit 20""")
                .param(memberId)
                .query((rs, i) -> new AlertAcknowledgement(rs.getLong(1), AlertKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getLong(4) == me,
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The member, if they are a client of the signed-in coach. */
    private Member requireMyClient(long memberId) {
        return access.requireMyClient(memberId);
    }
}
