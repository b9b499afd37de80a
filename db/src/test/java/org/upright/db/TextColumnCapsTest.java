package org.upright.db;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;
import org.upright.db.testing.TextColumns;
import org.upright.db.testing.TextColumns.Column;

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

    private static final Pattern BOUNDED = Pattern.compile("^(character varying|character|bit varying)\\(\\d+\\)(\\[])?$");
    private static final Pattern UNBOUNDED = Pattern.compile(
            "^(text|character varying|bytea|json|jsonb|xml|tsvector|bit varying)(\\[])?$");

    /** Holds text or bytes of its own (a generated column only repeats capped columns). */
    private static boolean holdsText(Column column) {
        return !column.generated()
                && (BOUNDED.matcher(column.type()).matches() || UNBOUNDED.matcher(column.type()).matches());
    }

    private static List<String> missingCaps(Column column) {
        boolean bounded = column.declaredLength() != null;
        String name = column.name();
        List<String> missing = new ArrayList<>();
        if (column.array()) {
            if (!bounded && column.checkedCap("text_array_longest") == null) {
                missing.add("a cap on each element (varchar(n)[] or CHECK (text_array_longest(" + name + ") <= n))");
            }
            if (column.checkedCap("cardinality|array_length") == null) {
                missing.add("a cap on the number of elements (CHECK (cardinality(" + name + ") <= n))");
            }
        } else if (!bounded && column.checkedCap("char_length|octet_length|length") == null) {
            missing.add("a length cap (varchar(n) or CHECK (char_length(" + name + ") <= n))");
        }
        return missing;
    }

    private static String describe(Column column) {
        return column.qualifiedName() + " " + column.type() + ": needs " + String.join(" and ", missingCaps(column));
    }

    @Test
    void everyTextColumnOfEveryTableHasALengthCap() throws SQLException {
        List<Column> columns = textColumns();
        assertThat(columns).as("text columns found").hasSizeGreaterThan(40)
                .extracting(Column::qualifiedName).contains("article.body", "pain_rating.note", "account.username");
        assertThat(columns).filteredOn(c -> !missingCaps(c).isEmpty()).extracting(TextColumnCapsTest::describe)
                .as("text columns without a length cap").isEmpty();
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
        assertThat(textColumns()).filteredOn(col -> col.table().equals("uncapped_example") && !missingCaps(col).isEmpty())
                .extracting(Column::name).containsExactlyInAnyOrder("free_text", "tags");
    }

    private List<Column> textColumns() throws SQLException {
        return TextColumns.of(db).stream().filter(TextColumnCapsTest::holdsText).toList();
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(db.url(), db.username(), db.password());
    }
}
