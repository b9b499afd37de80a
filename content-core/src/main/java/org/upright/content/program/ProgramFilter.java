package org.upright.content.program;

import org.upright.content.shared.ContentStatus;

/** Admin list filter; null (or blank text) means "any". Text matches title or slug, ignoring case. */
public record ProgramFilter(ContentStatus status, String text) {

    public static final ProgramFilter ALL = new ProgramFilter(null, null);
}
