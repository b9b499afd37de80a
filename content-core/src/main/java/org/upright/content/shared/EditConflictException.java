package org.upright.content.shared;

import org.upright.kernel.i18n.Wording;

/**
 * Someone saved the item after the caller loaded it (optimistic lock): the caller's
 * {@code expectedLockVersion} is older than {@link #currentLockVersion()}.
 */
public class EditConflictException extends RuntimeException {

    private final long currentLockVersion;

    /** {@code kind}: a {@link ContentKind} name, which picks the message's wording. */
    public EditConflictException(String kind, long id, long currentLockVersion) {
        super(Wording.text("content.conflict." + kind, id));
        this.currentLockVersion = currentLockVersion;
    }

    public long currentLockVersion() {
        return currentLockVersion;
    }
}
