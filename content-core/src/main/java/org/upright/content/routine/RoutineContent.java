package org.upright.content.routine;

import org.upright.kernel.BodyArea;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The member-visible content of a routine: what a published version freezes. */
record RoutineContent(String title, String summary, Set<BodyArea> areas, Difficulty difficulty, Equipment equipment,
                      List<RoutineStep> steps) {

    /** Body areas from their stored names (text[] columns). */
    static Set<BodyArea> areasOf(List<String> names) {
        Set<BodyArea> set = EnumSet.noneOf(BodyArea.class);
        names.forEach(a -> set.add(BodyArea.valueOf(a)));
        return set;
    }
}
