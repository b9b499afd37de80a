package org.upright.content.starter;

import org.junit.jupiter.api.Test;
import org.upright.content.routine.RoutineStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: every isometric step of the starter routines (a held press, brace or squeeze) says how
 * hard to push (start around half effort, build up over the weeks) and warns against holding the
 * breath, naming high blood pressure: holding the breath while straining raises blood pressure.
 */
class StarterIsometricsTest {

    /** The held-effort steps, as "routine / step". A new press, brace, squeeze or bridge must be added here. */
    static final Set<String> ISOMETRIC = Set.of(
            "wall-press / Press and hold",
            "wall-press-longer-holds / Longer press and hold",
            "core-basics / Abdominal brace",
            "core-builder / Abdominal brace",
            "core-builder / Glute bridge",
            "upper-back-strength / W squeeze",
            "upper-back-builder / W squeeze",
            "seated-upper-back-strength / Seated W squeeze",
            "seated-upper-back-strength / Seated T squeeze");

    @Test
    void everyIsometricStepSaysHowHardToPushAndToKeepBreathing() {
        StarterContent content = StarterContentImporter.read();
        Set<String> found = new TreeSet<>();
        List<String> missing = new ArrayList<>();
        content.routines().forEach(r -> r.steps().forEach(s -> {
            String name = r.slug() + " / " + s.title();
            String title = s.title().toLowerCase(Locale.ROOT);
            if (!ISOMETRIC.contains(name)) {
                assertThat(title).as(name + " looks isometric: add it to ISOMETRIC")
                        .doesNotContain("press", "brace", "squeeze", "bridge");
                return;
            }
            found.add(name);
            missing.addAll(gaps(name, s));
        }));
        assertThat(found).as("isometric steps in the starter content").isEqualTo(new TreeSet<>(ISOMETRIC));
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckNoticesAStepWithoutEffortOrBreathing() {
        RoutineStep plain = new RoutineStep("Squeeze", "Squeeze your shoulder blades and hold.", 10, 5, 5, false,
                "Keep your chin level.");
        assertThat(gaps("test", plain)).hasSize(3);
    }

    private static List<String> gaps(String name, RoutineStep s) {
        String text = (s.instructions() + " " + s.safetyCue()).toLowerCase(Locale.ROOT);
        List<String> gaps = new ArrayList<>();
        if (!text.contains("half") || !text.contains("effort")) {
            gaps.add(name + ": does not say to start at about half effort");
        }
        if (!text.contains("never hold your breath")) {
            gaps.add(name + ": does not say never to hold the breath");
        }
        if (!text.contains("high blood pressure")) {
            gaps.add(name + ": does not name high blood pressure");
        }
        return gaps;
    }
}
