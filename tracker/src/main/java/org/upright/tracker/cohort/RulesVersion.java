package org.upright.tracker.cohort;

import org.upright.tracker.alert.Triage;
import org.upright.tracker.program.ProgramDays;
import org.upright.tracker.progress.ChangeLabel;
import org.upright.tracker.progress.ProgressRules;
import org.upright.tracker.progress.ProgressWording;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A fingerprint of the code that computes a client-list row: the compiled rule classes, their
 * wording, the facts statement and this package's mapping. A stored row computed by other code is
 * out of date, so a release that changes a rule recomputes every row at start-up, without anyone
 * remembering to bump a number.
 */
final class RulesVersion {

    static final List<Class<?>> RULE_CLASSES = List.of(ProgressRules.class, ProgressWording.class, ChangeLabel.class,
            Triage.class, ProgramDays.class, ClientProgressRow.class, ClientProgressRefresh.class,
            ClientProgressTable.class);

    static final String CURRENT = compute();

    private RulesVersion() {
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Class<?> type : RULE_CLASSES) {
                digest.update(bytes(type, type.getSimpleName() + ".class"));
            }
            digest.update(bytes(ProgressRules.class, "progress-facts.sql"));
            return HexFormat.of().formatHex(digest.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(Class<?> near, String name) {
        try (InputStream in = near.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing next to " + near.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
