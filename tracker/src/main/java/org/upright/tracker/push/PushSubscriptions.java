package org.upright.tracker.push;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.upright.kernel.i18n.Language;

import java.util.List;
import java.util.Optional;

/** The {@code push_subscription} table (V195). Only this class writes SQL for it. */
@Component
class PushSubscriptions {

    private final JdbcClient jdbc;

    PushSubscriptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps the browser's subscription for the member. An endpoint is one browser profile's: if
     * another member had it (they shared the browser), it is this member's from now on.
     */
    void save(long memberId, String endpoint, String p256dh, String auth, Language language) {
        jdbc.sql("""
                        insert into push_subscription (member_id, endpoint, p256dh, auth, language)
                        values (:member, :endpoint, :p256dh, :auth, :language)
                        on conflict (endpoint) do update set member_id = :member, p256dh = :p256dh, auth = :auth,
                            language = :language""")
                .param("member", memberId).param("endpoint", endpoint).param("p256dh", p256dh).param("auth", auth)
                .param("language", language.code())
                .update();
    }

    List<PushSubscription> of(long memberId) {
        return jdbc.sql("""
                        select id, member_id, endpoint, p256dh, auth, language from push_subscription
                        where member_id = ? order by id""")
                .param(memberId)
                .query((rs, i) -> new PushSubscription(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), Language.ofCode(rs.getString(6)).orElse(Language.ENGLISH)))
                .list();
    }

    int count(long memberId) {
        return jdbc.sql("select count(*) from push_subscription where member_id = ?").param(memberId)
                .query(Integer.class).single();
    }

    Optional<Long> ownerOf(String endpoint) {
        return jdbc.sql("select member_id from push_subscription where endpoint = ?").param(endpoint)
                .query(Long.class).optional();
    }

    /** Updates the language a subscription's notifications are worded in. */
    void relabel(long memberId, String endpoint, Language language) {
        jdbc.sql("update push_subscription set language = ? where member_id = ? and endpoint = ? and language <> ?")
                .params(language.code(), memberId, endpoint, language.code()).update();
    }

    boolean delete(long memberId, String endpoint) {
        return jdbc.sql("delete from push_subscription where member_id = ? and endpoint = ?")
                .params(memberId, endpoint).update() == 1;
    }

    void delete(long id) {
        jdbc.sql("delete from push_subscription where id = ?").param(id).update();
    }
}
