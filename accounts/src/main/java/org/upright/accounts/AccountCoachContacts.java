package org.upright.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.kernel.i18n.Language;
import org.upright.kernel.member.CoachContacts;

import java.time.ZoneId;
import java.util.Optional;

/** The accounts module's answer to how a coach is written to (the tracker's daily digest). */
@Component
class AccountCoachContacts implements CoachContacts {

    private final JdbcClient jdbc;

    AccountCoachContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Coach> coach(long accountId) {
        return jdbc.sql("""
                        select id, display_name, email, time_zone, language from account
                        where id = ? and role = 'COACH' and enabled""")
                .param(accountId)
                .query((rs, i) -> new Coach(rs.getLong("id"), rs.getString("display_name"), rs.getString("email"),
                        ZoneId.of(rs.getString("time_zone")),
                        Language.ofCode(rs.getString("language")).orElse(null)))
                .optional();
    }
}
