package org.upright.tracker.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" for a member: the shared {@link Clock} read in the member's own time zone. */
@Component
public class MemberCalendar {

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberCalendar(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ZoneId zone(long memberId) {
        String zone = jdbc.sql("select time_zone from account where id = ?").param(memberId)
                .query(String.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No member with id " + memberId));
        return ZoneId.of(zone);
    }

    public LocalDate today(long memberId) {
        return LocalDate.now(clock.withZone(zone(memberId)));
    }

    public Clock clock() {
        return clock;
    }
}
