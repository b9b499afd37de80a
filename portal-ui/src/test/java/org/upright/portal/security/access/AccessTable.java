package org.upright.portal.security.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * access-matrix.csv: one row per service method, its quoted signature and then allowed/denied
 * for each {@link Caller} in column order. Lines starting with # are comments.
 */
final class AccessTable {

    static final String RESOURCE = "access-matrix.csv";
    static final String HEADER = "method," + Stream.of(Caller.values()).map(c -> c.column).collect(Collectors.joining(","));

    private AccessTable() {
    }

    static Map<String, Map<Caller, Outcome>> read() throws IOException {
        Map<String, Map<Caller, Outcome>> rows = new LinkedHashMap<>();
        try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return rows;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.strip().equals(HEADER)) {
                    continue;
                }
                int close = line.indexOf('"', 1);
                if (!line.startsWith("\"") || close < 0) {
                    throw new IllegalStateException("The method signature must be quoted: " + line);
                }
                String[] words = line.substring(close + 2).split(",");
                if (words.length != Caller.values().length) {
                    throw new IllegalStateException("Expected " + Caller.values().length + " outcomes: " + line);
                }
                Map<Caller, Outcome> row = new EnumMap<>(Caller.class);
                for (Caller c : Caller.values()) {
                    row.put(c, Outcome.parse(words[c.ordinal()]));
                }
                if (rows.put(line.substring(1, close), row) != null) {
                    throw new IllegalStateException("Listed twice: " + line);
                }
            }
        }
        return rows;
    }

    static String line(String signature, Map<Caller, Outcome> row) {
        return "\"" + signature + "\","
                + Stream.of(Caller.values()).map(c -> row.get(c).word()).collect(Collectors.joining(","));
    }

    /** Writes the observed table (for -Dupright.access-matrix.write=FILE), keeping the comment lines. */
    static void write(Path file, Map<String, Map<Caller, Outcome>> observed) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = AccessTable.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("#")).forEach(lines::add);
            }
        }
        lines.add(HEADER);
        observed.forEach((signature, row) -> lines.add(line(signature, row)));
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
