package org.upright.content.program;

import org.upright.kernel.i18n.Language;

/** A published program in the catalogue, in {@code language}: {@code activeDays} have routines, the other days rest. */
public record ProgramSummary(long id, String slug, String title, String description, int weeks, int activeDays,
                             int distinctRoutines, Language language) {
}
