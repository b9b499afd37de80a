package org.upright.accounts;

import org.upright.kernel.i18n.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.kernel.member.CoachDirectory;
import org.upright.kernel.member.Member;
import org.upright.kernel.member.MemberContacts;
import org.upright.kernel.member.MemberDirectory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The accounts module's answer to what others may know of members; the only reader of the account table for them. */
@Component
class AccountMemberDirectory implements MemberDirectory, CoachDirectory, MemberContacts {

    private static final String COLUMNS = "id, username, display_name, time_zone, coach_id, enabled";

    private final JdbcClient jdbc;

    AccountMemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Member> find(long memberId) {
        return jdbc.sql("select " + COLUMNS + " from account where id = ? and role = 'MEMBER'")
                .param(memberId).query(AccountMemberDirectory::member).optional();
    }

    @Override
    public List<Member> clientsOf(long coachId) {
        return jdbc.sql("select " + COLUMNS + " from account where coach_id = ? and role = 'MEMBER' order by lower(display_name), id")
                .param(coachId).query(AccountMemberDirectory::member).list();
    }

    @Override
    public Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, display_name from account where id = any(?)")
                .param(accountIds.stream().distinct().toArray(Long[]::new))
                .query((rs, i) -> names.put(rs.getLong(1), rs.getString(2))).list();
        return names;
    }

    @Override
    public List<Member> membersAfter(long afterId, int limit) {
        return jdbc.sql("select " + COLUMNS + " from account where role = 'MEMBER' and id > ? order by id limit ?")
                .params(afterId, limit).query(AccountMemberDirectory::member).list();
    }

    @Override
    public Optional<String> emailAddress(long accountId) {
        return jdbc.sql("select email from account where id = ? and enabled and email is not null")
                .param(accountId).query(String.class).optional();
    }

    @Override
    public Language language(long accountId) {
        return jdbc.sql("select language from account where id = ?").param(accountId).query(String.class).optional()
                .flatMap(Language::ofCode).orElse(Language.ENGLISH);
    }

    static Member member(ResultSet rs, int row) throws SQLException {
        return new Member(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                ZoneId.of(rs.getString("time_zone")), rs.getObject("coach_id", Long.class), rs.getBoolean("enabled"));
    }
}
