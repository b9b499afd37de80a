package org.upright.content.program;

/** A published program in the catalogue: {@code activeDays} have routines, the other days rest. */
public record ProgramSummary(long id, String slug, String title, String description, int weeks, int activeDays,
                             int distinctRoutines) {
}
