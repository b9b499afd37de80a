package org.upright.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/**
 * Replays captured statements under {@code EXPLAIN (ANALYZE, BUFFERS)}: once with the values bound
 * (the custom plan PostgreSQL makes for the first five executions), and once as a prepared statement
 * with {@code plan_cache_mode = force_generic_plan} (the cached generic plan later executions may get).
 */
final class Explainer implements AutoCloseable {

    private final Connection c;

    Explainer(BenchConfig config) throws SQLException {
        c = DriverManager.getConnection(config.url, config.user, config.password);
        c.setReadOnly(true);
    }

    String custom(StatementCapture.Captured s) {
        try (PreparedStatement ps = c.prepareStatement("explain (analyze, buffers) " + s.sql())) {
            for (StatementCapture.Binding b : s.bindings()) {
                b.setter().invoke(ps, b.args());
            }
            return lines(ps.executeQuery());
        } catch (Exception e) {
            return "(explain failed: " + e + ")";
        }
    }

    String generic(StatementCapture.Captured s) {
        if (s.bindings().isEmpty()) {
            return null;
        }
        String sql = numbered(s.sql());
        Object[] values = new Object[s.bindings().stream().mapToInt(StatementCapture.Binding::index).max().orElse(0)];
        for (StatementCapture.Binding b : s.bindings()) {
            values[b.index() - 1] = b.value();
        }
        StringBuilder args = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            args.append(i == 0 ? "" : ", ").append(literal(values[i]));
        }
        try (Statement st = c.createStatement()) {
            st.execute("set plan_cache_mode = force_generic_plan");
            st.execute("prepare bench_generic as " + sql);
            try {
                return lines(st.executeQuery("explain (analyze, buffers) execute bench_generic(" + args + ")"));
            } finally {
                st.execute("deallocate bench_generic");
                st.execute("reset plan_cache_mode");
            }
        } catch (SQLException e) {
            return "(generic explain failed: " + e.getMessage() + ")";
        }
    }

    /** JDBC ? placeholders to $1, $2 ... outside literals; {@code --} comments are dropped (they hold apostrophes). */
    static String numbered(String sql) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char ch = sql.charAt(i);
            if (!quoted && ch == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                b.append('\n');
                continue;
            }
            if (ch == '\'') {
                quoted = !quoted;
            }
            if (ch == '?' && !quoted) {
                b.append('$').append(++n);
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    static String literal(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof OffsetDateTime t) {
            return "timestamptz '" + t + "'";
        }
        if (v instanceof LocalDate d) {
            return "date '" + d + "'";
        }
        if (v instanceof java.sql.Date d) {
            return "date '" + d + "'";
        }
        if (v instanceof java.sql.Timestamp || v instanceof Temporal) {
            return "'" + v + "'";
        }
        if (v instanceof Object[] items) {
            // an array parameter (the facts query takes its members as arrays): a PostgreSQL array literal
            StringBuilder array = new StringBuilder("{");
            for (int i = 0; i < items.length; i++) {
                String item = items[i] == null ? "NULL" : items[i].toString().replace("\\", "\\\\").replace("\"", "\\\"");
                array.append(i == 0 ? "" : ",").append('"').append(item).append('"');
            }
            return "'" + array.append('}').toString().replace("'", "''") + "'";
        }
        if (v instanceof java.sql.Array sqlArray) {
            try {
                return literal(sqlArray.getArray());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return "'" + v.toString().replace("'", "''") + "'";
    }

    private static String lines(ResultSet rs) throws SQLException {
        StringBuilder b = new StringBuilder();
        while (rs.next()) {
            b.append(rs.getString(1)).append('\n');
        }
        return b.toString();
    }

    static double executionMs(String plan) {
        if (plan == null) {
            return Double.NaN;
        }
        for (String line : plan.split("\n")) {
            if (line.startsWith("Execution Time:")) {
                return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
            }
        }
        return Double.NaN;
    }

    static double planningMs(String plan) {
        if (plan == null) {
            return Double.NaN;
        }
        for (String line : plan.split("\n")) {
            if (line.startsWith("Planning Time:")) {
                return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
            }
        }
        return Double.NaN;
    }

    static boolean jit(String plan) {
        return plan != null && plan.contains("JIT:");
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
