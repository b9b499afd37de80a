package org.upright.portal.testing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads audit rows straight from the table, so tests see exactly what was committed. */
@Component
public class TestAudit {

    public record Row(String actor, String action, String targetType, Long targetId, String targetLabel, String details) {
    }

    private final JdbcClient jdbc;

    TestAudit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row about one target, oldest first. */
    public List<Row> about(String targetType, long targetId) {
        return jdbc.sql("""
                        select actor_username, action, target_type, target_id, target_label, details from audit_event
                        where target_type = ? and target_id = ? order by id""")
                .params(targetType, targetId)
                .query((rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6)))
                .list();
    }

    public List<String> actionsAbout(String targetType, long targetId) {
        return about(targetType, targetId).stream().map(Row::action).toList();
    }

    /** Rows whose target label is this text (e.g. a username that never got an id). */
    public long countLabelled(String targetLabel) {
        return jdbc.sql("select count(*) from audit_event where target_label = ?").param(targetLabel)
                .query(Long.class).single();
    }
}
