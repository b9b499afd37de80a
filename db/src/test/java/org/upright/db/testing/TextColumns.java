package org.upright.db.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of every table in a migrated database, with what caps their length: the declared
 * length of a {@code varchar(n)} and the numbers in the CHECKs that name them. One reader of the
 * catalog for the tests that hold the schema's text caps (issue 13).
 */
public final class TextColumns {

    /**
     * One column of one table: its type as PostgreSQL prints it, whether it is generated, the
     * declared character length ({@code varchar(n)}, also for {@code varchar(n)[]}) and the
     * definitions of the CHECKs that name it.
     */
    public record Column(String table, String name, String type, boolean generated, Integer declaredLength,
                         String checks) {

        public String qualifiedName() {
            return table + "." + name;
        }

        public boolean array() {
            return type.endsWith("[]");
        }

        /**
         * The smallest {@code n} of a CHECK that applies one of {@code functions} (a regex
         * alternation such as {@code "char_length|octet_length"}) to this column and compares it
         * with {@code <= n} or {@code < n}; null when no CHECK does.
         */
        public Integer checkedCap(String functions) {
            Matcher m = Pattern.compile("\\b(?:" + functions + ")\\(\\(*\"?(\\w+)\"?\\)?[^<>()]*\\)\\s*(<=?)\\s*(\\d+)")
                    .matcher(checks);
            Integer cap = null;
            while (m.find()) {
                if (m.group(1).equals(name)) {
                    int n = Integer.parseInt(m.group(3)) - (m.group(2).equals("<") ? 1 : 0);
                    cap = cap == null ? n : Math.min(cap, n);
                }
            }
            return cap;
        }
    }

    private TextColumns() {
    }

    /** Every column of every ordinary or partitioned table in the database's current schema. */
    public static List<Column> of(TestDatabase.Connection db) throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (var c = DriverManager.getConnection(db.url(), db.username(), db.password()); var s = c.createStatement();
             var rows = s.executeQuery("""
                     select cl.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated <> '',
                            information_schema._pg_char_max_length(
                                case when t.typelem <> 0 and t.typlen = -1 then t.typelem else a.atttypid end, a.atttypmod),
                            coalesce((select string_agg(pg_get_constraintdef(k.oid), ' ') from pg_constraint k
                                       where k.conrelid = cl.oid and k.contype = 'c' and a.attnum = any (k.conkey)), '')
                       from pg_attribute a
                       join pg_type t on t.oid = a.atttypid
                       join pg_class cl on cl.oid = a.attrelid
                       join pg_namespace n on n.oid = cl.relnamespace
                      where n.nspname = current_schema() and cl.relkind in ('r', 'p') and a.attnum > 0
                        and not a.attisdropped
                      order by 1, a.attnum""")) {
            while (rows.next()) {
                columns.add(new Column(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                        (Integer) rows.getObject(5), rows.getString(6)));
            }
        }
        return columns;
    }
}
