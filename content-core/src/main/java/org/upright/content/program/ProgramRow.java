package org.upright.content.program;

import org.upright.content.shared.ContentStatus;
import org.upright.kernel.i18n.Language;

import java.time.Instant;

/** One line of the admin program list. */
public record ProgramRow(long id, String slug, String title, int weeks, ContentStatus status, Instant updatedAt,
                         Language language) {
}
