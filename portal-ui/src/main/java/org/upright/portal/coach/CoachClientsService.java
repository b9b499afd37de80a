package org.upright.portal.coach;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.upright.accounts.AccountService;
import org.upright.tracker.progress.AlertKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The signed-in coach's clients with their progress, and the triage queue of their open
 * alerts. Everything is computed for this coach's own clients only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('COACH')")
public class CoachClientsService {

    private final ClientProgressQuery query;
    private final AccountService accounts;
    private final JdbcClient jdbc;

    CoachClientsService(ClientProgressQuery query, AccountService accounts, JdbcClient jdbc) {
        this.query = query;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    /** One page of clients, filtered and sorted in the database (sort keys: name, program, lastRating, change, adherence7, adherence28, lastActive, alerts). */
    public List<ClientProgressRow> clients(ClientFilter filter, Pageable page) {
        return query.page(myId(), filter, page);
    }

    /** One client's row, as in the list. */
    public ClientProgressRow client(long memberId) {
        accounts.requireMyClient(memberId);
        return query.one(myId(), memberId).orElseThrow(() -> new IllegalStateException("Client " + memberId + " vanished"));
    }

    public long countClients(ClientFilter filter) {
        return query.count(myId(), filter);
    }

    /** Open alerts across the coach's clients: worsening first, then runs of high scores, then inactivity. */
    public List<TriageAlert> triage(Pageable page) {
        return query.triage(myId(), page);
    }

    public long countTriage() {
        return query.countTriage(myId());
    }

    /**
     * Marks the client's open alert of this kind as seen by the signed-in coach, now. Returns
     * false when there is no such open alert (already seen, or gone).
     */
    @Transactional
    public boolean acknowledge(long memberId, AlertKind kind) {
        accounts.requireMyClient(memberId);
        long coachId = myId();
        LocalDate episode = query.openEpisodeStart(coachId, memberId, kind);
        if (episode == null) {
            return false;
        }
        return jdbc.sql("""
                        insert into alert_acknowledgement (member_id, kind, episode_start, acknowledged_by, acknowledged_at)
                        values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(memberId, kind.name(), episode, coachId, OffsetDateTime.now()).update() == 1;
    }

    /** The client's most recent "seen" marks, newest first. */
    public List<AlertAcknowledgement> acknowledgements(long memberId) {
        accounts.requireMyClient(memberId);
        return jdbc.sql("""
                        select k.member_id, k.kind, k.episode_start, a.display_name, k.acknowledged_at
                        from alert_acknowledgement k join account a on a.id = k.acknowledged_by
                        where k.member_id = ? order by k.acknowledged_at desc, k.id desc limit 20""")
                .param(memberId)
                .query((rs, i) -> new AlertAcknowledgement(rs.getLong(1), AlertKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    private long myId() {
        return accounts.requireCurrentProfile().id();
    }
}
