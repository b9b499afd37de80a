package org.upright.tracker.cohort;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.tracker.alert.AlertKind;
import org.upright.tracker.alert.AlertText;
import org.upright.tracker.alert.Triage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The urgent alerts ({@link Triage#URGENT}) of a coach's clients by the moment they were raised,
 * read from the client list's alerts (V190), for the coach's daily digest. Not a service: the
 * digest job asks for the coach it writes to.
 */
@Component
public class RaisedAlerts {

    /** One open urgent alert of a client: who, what, which days, and when it was raised ({@code description} in the current language). */
    public record Raised(long memberId, String memberName, AlertKind kind, LocalDate from, LocalDate to,
                         String description, Instant raisedAt) {
    }

    private final JdbcClient jdbc;

    RaisedAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The coach's clients' open urgent alerts raised after {@code after} and up to {@code upTo}, oldest first. */
    public List<Raised> urgentRaised(long coachId, Instant after, Instant upTo) {
        return jdbc.sql("""
                        select member_id, display_name, kind, from_day, to_day, description, raised_at
                        from client_progress_alert
                        where coach_id = ? and not seen and severity = ? and raised_at > ? and raised_at <= ?
                        order by raised_at, name_key, member_id, position""")
                .params(coachId, Triage.URGENT, OffsetDateTime.ofInstant(after, ZoneOffset.UTC),
                        OffsetDateTime.ofInstant(upTo, ZoneOffset.UTC))
                .query((rs, i) -> new Raised(rs.getLong(1), rs.getString(2), AlertKind.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), AlertText.parse(rs.getString(6)).text(),
                        rs.getObject(7, OffsetDateTime.class).toInstant()))
                .list();
    }
}
