package org.upright.content.program;

import org.upright.content.routine.RoutineRef;

import java.util.List;

/** The routines of one program day, in the order to do them. */
public record ProgramDay(int day, List<RoutineRef> routines) {

    public int totalSeconds() {
        return routines.stream().mapToInt(RoutineRef::totalSeconds).sum();
    }
}
