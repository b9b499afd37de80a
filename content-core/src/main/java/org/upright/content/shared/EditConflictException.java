package org.upright.content.shared;

/**
 * Someone saved the item after the caller loaded it (optimistic lock): the caller's
 * {@code expectedLockVersion} is older than {@link #currentLockVersion()}.
 */
public class EditConflictException extends RuntimeException {

    private final long currentLockVersion;

    public EditConflictException(String kind, long id, long currentLockVersion) {
        super("This " + kind.toLowerCase(java.util.Locale.ROOT) + " (id " + id
                + ") was changed by someone else — reload or keep editing");
        this.currentLockVersion = currentLockVersion;
    }

    public long currentLockVersion() {
        return currentLockVersion;
    }
}
