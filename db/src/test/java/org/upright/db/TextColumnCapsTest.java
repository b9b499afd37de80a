package org.upright.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text the schema stores has a length cap (issue 13): a column of any table, including
 * tables added later, holding text, JSON or bytes is either {@code varchar(n)}/{@code char(n)} or
 * has a CHECK on its length; an array column also caps its number of elements. Read from the
 * catalog after all migrations, so a new uncapped column fails here, naming itself.
 */
class TextColumnCapsTest {

    private final TestDatabase.Connection db = TestDatabase.createFresh();

    @BeforeEach
    void migrate() {
        Flyway.configure().dataSource(db.url(), db.username(), db.password())
                .locations("classpath:db/migration").load().migrate();
    }

    /** One column of one table: its type as PostgreSQL prints it and the CHECKs that name it. */
    record Column(String table, String name, String type, boolean generated, String checks) {

        private static final Pattern BOUNDED = Pattern.compile("^(character varying|character|bit varying)\\(\\d+\\)(\\[])?$");
        private static final Pattern UNBOUNDED = Pattern.compile(
                "^(text|character varying|bytea|json|jsonb|xml|tsvector|bit varying)(\\[])?$");

        boolean array() {
            return type.endsWith("[]");
        }

        /** Holds text or bytes of its own (a generated column only repeats capped columns). */
        boolean holdsText() {
            return !generated && (BOUNDED.matcher(type).matches() || UNBOUNDED.matcher(type).matches());
        }

        boolean elementsCapped() {
            return BOUNDED.matcher(type).matches() || checked("text_array_longest");
        }

        boolean lengthCapped() {
            return BOUNDED.matcher(type).matches() || checked("char_length|octet_length|length");
        }

        boolean countCapped() {
            return checked("cardinality|array_length");
        }

        /** Some CHECK naming this column applies {@code functions} to it and compares the result. */
        private boolean checked(String functions) {
            return Pattern.compile("\\b(" + functions + ")\\(\\(*\"?" + Pattern.quote(name) + "\"?\\b[^<>]*?\\)\\s*<=?\\s*\\d+")
                    .matcher(checks).find();
        }

        List<String> missingCaps() {
            List<String> missing = new ArrayList<>();
            if (array()) {
                if (!elementsCapped()) {
                    missing.add("a cap on each element (varchar(n)[] or CHECK (text_array_longest(" + name + ") <= n))");
                }
                if (!countCapped()) {
                    missing.add("a cap on the number of elements (CHECK (cardinality(" + name + ") <= n))");
                }
            } else if (!lengthCapped()) {
                missing.add("a length cap (varchar(n) or CHECK (char_length(" + name + ") <= n))");
            }
            return missing;
        }

        @Override
        public String toString() {
            return table + "." + name + " " + type + ": needs " + String.join(" and ", missingCaps());
        }
    }

    @Test
    void everyTextColumnOfEveryTableHasALengthCap() throws SQLException {
        List<Column> columns = textColumns();
        assertThat(columns).as("text columns found").hasSizeGreaterThan(40)
                .extracting(c -> c.table() + "." + c.name()).contains("article.body", "pain_rating.note", "account.username");
        assertThat(columns).filteredOn(c -> !c.missingCaps().isEmpty()).as("text columns without a length cap").isEmpty();
    }

    @Test
    void theCapsAreEnforced() throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("insert into article (slug, title, summary, body, category, author) values"
                    + " ('a', 'Title', 'Summary', repeat('x', 100000), 'BASICS', 'admin')");
            assertThatThrownBy(() -> s.execute("update article set body = body || 'x'"))
                    .hasMessageContaining("article_body_length_ck");
            assertThatThrownBy(() -> s.execute("update article set tags = array[repeat('t', 41)]"))
                    .hasMessageContaining("article_tags_length_ck");
            assertThatThrownBy(() -> s.execute("update article set tags = array_fill('t'::text, array[13])"))
                    .hasMessageContaining("article_tags_length_ck");
            s.execute("update article set tags = array_fill(repeat('t', 40), array[12])");
        }
    }

    /** The detector itself: an uncapped column is reported, a capped one is not. */
    @Test
    void aColumnWithoutACapIsReported() throws SQLException {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("create table uncapped_example (id int, free_text text, tags text[],"
                    + " capped text check (char_length(capped) <= 10), short_name varchar(20),"
                    + " labels varchar(10)[] check (cardinality(labels) <= 3))");
        }
        assertThat(textColumns()).filteredOn(col -> col.table().equals("uncapped_example") && !col.missingCaps().isEmpty())
                .extracting(Column::name).containsExactlyInAnyOrder("free_text", "tags");
    }

    private List<Column> textColumns() throws SQLException {
        List<Column> columns = new ArrayList<>();
        try (Connection c = connect(); var s = c.createStatement(); var rows = s.executeQuery("""
                select cl.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attgenerated <> '',
                       coalesce((select string_agg(pg_get_constraintdef(k.oid), ' ') from pg_constraint k
                                  where k.conrelid = cl.oid and k.contype = 'c' and a.attnum = any (k.conkey)), '')
                  from pg_attribute a
                  join pg_class cl on cl.oid = a.attrelid
                  join pg_namespace n on n.oid = cl.relnamespace
                 where n.nspname = current_schema() and cl.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
                 order by 1, a.attnum""")) {
            while (rows.next()) {
                Column column = new Column(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
                        rows.getString(5));
                if (column.holdsText()) {
                    columns.add(column);
                }
            }
        }
        return columns;
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
