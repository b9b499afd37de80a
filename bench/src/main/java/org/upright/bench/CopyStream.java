package org.upright.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/** Rows written straight into {@code COPY ... FROM STDIN} (text format), in 1 MB chunks. */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 20;
    private final CopyIn in;
    private final StringBuilder buf = new StringBuilder(CHUNK + 4096);
    private boolean first = true;
    private long rows;

    CopyStream(Connection connection, String copySql) throws SQLException {
        this.in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql);
    }

    private void sep() {
        if (first) {
            first = false;
        } else {
            buf.append('\t');
        }
    }

    CopyStream num(long v) {
        sep();
        buf.append(v);
        return this;
    }

    CopyStream raw(Object v) {
        sep();
        buf.append(v);
        return this;
    }

    CopyStream text(String v) {
        sep();
        if (v == null) {
            buf.append("\\N");
            return this;
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            switch (ch) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(ch);
            }
        }
        return this;
    }

    CopyStream nul() {
        sep();
        buf.append("\\N");
        return this;
    }

    void end() throws SQLException {
        buf.append('\n');
        first = true;
        rows++;
        if (buf.length() >= CHUNK) {
            flush();
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws SQLException {
        flush();
        in.endCopy();
    }
}
