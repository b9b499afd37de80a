package org.upright.tracker.testing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.member.CoachContacts;

import java.time.ZoneId;
import java.util.Optional;

/** Stands in for the accounts module's {@link CoachContacts} in the tracker's tests (reads the account table). */
public class Coaches implements CoachContacts {

    private final JdbcClient jdbc;

    public Coaches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Coach> coach(long accountId) {
        return jdbc.sql("select id, display_name, email, time_zone, language from account where id = ? and role = 'COACH' and enabled")
                .param(accountId)
                .query((rs, i) -> new Coach(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4)),
                        Language.ofCode(rs.getString(5)).orElse(null)))
                .optional();
    }
}
