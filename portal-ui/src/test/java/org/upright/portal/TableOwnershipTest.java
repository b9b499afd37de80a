package org.upright.portal;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module owns its tables: no module's SQL names another module's table. ArchUnit sees Java
 * imports only, so this reads the SQL itself — string literals and text blocks in main Java
 * sources, .sql resources and @Table mappings — against the map in table-owners.properties.
 */
class TableOwnershipTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final List<String> MODULES = List.of("kernel", "accounts", "content-core", "tracker", "portal-ui");
    private static final Path MIGRATIONS = ROOT.resolve("db/src/main/resources/db/migration");

    /** A table name after an SQL keyword that takes one; table names are lower case, JPQL entities are not. */
    private static final Pattern TABLE_USE = Pattern.compile(
            "(?i:\\bfrom|\\bjoin|\\binto|\\bupdate|\\btable|\\bexists)\\s+([a-z_][a-z0-9_]*)\\b");
    private static final Pattern TABLE_MAPPING = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"([a-z_0-9]+)\"");
    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_0-9]+)");
    private static final Pattern JAVA_STRING = Pattern.compile("\"\"\"([\\s\\S]*?)\"\"\"|\"((?:\\\\.|[^\"\\\\])*)\"");

    @Test
    void everyTableAMigrationCreatesHasAnOwner() throws IOException {
        Properties owners = owners();
        Set<String> created = new TreeSet<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.forEach(f -> CREATE_TABLE.matcher(read(f)).results().forEach(m -> created.add(m.group(1))));
        }
        assertThat(created).isNotEmpty();
        assertThat(owners.stringPropertyNames()).containsAll(created);
    }

    @Test
    void noModuleNamesAnotherModulesTable() throws IOException {
        Properties owners = owners();
        List<String> violations = new ArrayList<>();
        for (String module : MODULES) {
            for (Path file : mainSources(module)) {
                for (String table : tablesNamedIn(file)) {
                    String owner = owners.getProperty(table);
                    if (owner != null && !owner.equals(module)) {
                        violations.add(module + " names " + table + " (owned by " + owner + ") in " + ROOT.relativize(file));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void theScanFindsTablesInStringsTextBlocksAndMappings() {
        String java = """
                class Example {
                    static final String A = "select score from pain_rating where member_id = ?";
                    static final String B = \"""
                            update account set enabled = false
                            \""";
                    String jpql = "select a from Account a";
                }
                """;
        assertThat(tablesIn(java, true)).containsExactlyInAnyOrder("pain_rating", "account");
        assertThat(tablesIn("@Table(name = \"audit_event\") class X {}", true)).containsExactly("audit_event");
        assertThat(tablesIn("-- a comment naming from enrollment\nselect 1 from program p join routine r on true", false))
                .containsExactlyInAnyOrder("program", "routine");
    }

    private static Set<String> tablesNamedIn(Path file) {
        return tablesIn(read(file), file.toString().endsWith(".java"));
    }

    static Set<String> tablesIn(String text, boolean java) {
        Set<String> tables = new TreeSet<>();
        if (java) {
            TABLE_MAPPING.matcher(text).results().forEach(m -> tables.add(m.group(1)));
            Matcher strings = JAVA_STRING.matcher(text);
            while (strings.find()) {
                String literal = strings.group(1) != null ? strings.group(1) : strings.group(2);
                TABLE_USE.matcher(literal).results().forEach(m -> tables.add(m.group(1)));
            }
        } else {
            String sql = text.replaceAll("--[^\\n]*", "");
            TABLE_USE.matcher(sql).results().forEach(m -> tables.add(m.group(1)));
        }
        return tables;
    }

    private static List<Path> mainSources(String module) throws IOException {
        Path main = ROOT.resolve(module).resolve("src/main");
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".sql")).toList();
        }
    }

    private static Properties owners() throws IOException {
        Properties owners = new Properties();
        try (InputStream in = TableOwnershipTest.class.getResourceAsStream("table-owners.properties")) {
            owners.load(in);
        }
        return owners;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
