package org.upright.portal.security;

import jakarta.validation.constraints.Size;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.upright.db.testing.TestDatabase;
import org.upright.db.testing.TextColumns;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database's cap on each stored text is the service's cap (issue 13), so what the form
 * accepts the database stores, and what the database would refuse the service refuses first,
 * with a message next to the field. The columns and where their service caps are written are
 * listed in {@code text-caps.properties}; the database side is read from the catalog.
 */
class TextCapsAgreeTest {

    /** A cap on a text (characters) and, for a list, on its number of items; null where there is none. */
    record Cap(Integer length, Integer items) {
    }

    @Test
    void everyListedColumnHasTheCapOfItsService() throws Exception {
        Map<String, Cap> database = databaseCaps();
        Map<String, String> sources = sources();
        assertThat(sources).hasSizeGreaterThan(30);
        List<String> disagreements = new ArrayList<>();
        sources.forEach((column, where) -> {
            Cap stored = database.get(column);
            if (stored == null) {
                disagreements.add(column + ": no such text column");
                return;
            }
            for (String source : where.split(",")) {
                Cap service = serviceCap(source.strip());
                if (!service.equals(stored)) {
                    disagreements.add(column + ": database " + stored + ", " + source.strip() + " " + service);
                }
            }
        });
        assertThat(disagreements).as("columns whose cap differs from the service's").isEmpty();
    }

    @Test
    void aDifferentServiceCapIsNoticed() {
        assertThat(serviceCap("org.upright.content.article.ArticleDraft#tags")).isEqualTo(new Cap(40, 12));
        assertThat(serviceCap("org.upright.content.article.ArticleDraft#title")).isEqualTo(new Cap(120, null));
        assertThat(serviceCap("org.upright.tracker.pain.PainRatingService.NOTE_MAX_LENGTH")).isEqualTo(new Cap(1000, null));
    }

    private static Map<String, String> sources() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextCapsAgreeTest.class.getResourceAsStream("text-caps.properties")) {
            properties.load(in);
        }
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((k, v) -> sorted.put((String) k, (String) v));
        return sorted;
    }

    /** The cap written at {@code source}: "Class#component" (its @Size) or "Class.CONSTANT". */
    static Cap serviceCap(String source) {
        try {
            int hash = source.indexOf('#');
            if (hash < 0) {
                int dot = source.lastIndexOf('.');
                Field constant = Class.forName(source.substring(0, dot)).getDeclaredField(source.substring(dot + 1));
                assertThat(Modifier.isStatic(constant.getModifiers())).as(source + " is a constant").isTrue();
                constant.setAccessible(true);
                return new Cap(constant.getInt(null), null);
            }
            Field component = Class.forName(source.substring(0, hash)).getDeclaredField(source.substring(hash + 1));
            Integer max = sizeMax(component);
            if (component.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                return new Cap(sizeMax(list.getAnnotatedActualTypeArguments()[0]), max);
            }
            return new Cap(max, null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("text-caps.properties names " + source + ", which does not exist", e);
        }
    }

    /** The max of the @Size on {@code element}, directly or through one composed annotation. */
    private static Integer sizeMax(AnnotatedElement element) {
        Size size = element.getAnnotation(Size.class);
        if (size != null) {
            return size.max();
        }
        for (Annotation annotation : element.getAnnotations()) {
            Size composed = annotation.annotationType().getAnnotation(Size.class);
            if (composed != null) {
                return composed.max();
            }
        }
        return null;
    }

    /** table.column → the cap the database keeps, for every varchar or checked text column. */
    private static Map<String, Cap> databaseCaps() throws SQLException {
        TestDatabase.Connection db = TestDatabase.createFresh();
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).locations("classpath:db/migration").load()
                .migrate();
        Map<String, Cap> caps = new LinkedHashMap<>();
        for (TextColumns.Column column : TextColumns.of(db)) {
            Integer length = min(column.declaredLength(), column.checkedCap("char_length|text_array_longest"));
            Integer items = column.checkedCap("cardinality");
            if (length != null || items != null) {
                caps.put(column.qualifiedName(), new Cap(length, items));
            }
        }
        return caps;
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }
}
