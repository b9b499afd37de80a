package org.upright.content.shared;

import org.upright.kernel.actor.Actors;
import org.upright.kernel.i18n.Wording;
import org.upright.kernel.validation.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The rules every kind of content shares: optimistic-lock checks, status transitions and the
 * {@link ContentStatusChanged} event (published in the caller's transaction).
 */
@Component
public class ContentLifecycle {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContentLifecycle(ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Microseconds, as PostgreSQL stores them, so what a service returns equals what it reads back. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Throws {@link EditConflictException} when the item was saved since the caller loaded it. */
    public void checkLockVersion(ContentKind kind, PublishableContent item, long expectedLockVersion) {
        if (item.getLockVersion() != expectedLockVersion) {
            throw new EditConflictException(kind.name(), item.getId(), item.getLockVersion());
        }
    }

    /**
     * Publishes, unpublishes (back to draft) or archives, and announces the change. Moving to the
     * status the item already has is reported on the "status" field.
     */
    public void changeStatus(ContentKind kind, PublishableContent item, ContentStatus to) {
        ContentStatus from = item.getStatus();
        boolean allowed = switch (to) {
            case PUBLISHED -> from.canPublish();
            case DRAFT -> from.canUnpublish();
            case ARCHIVED -> from.canArchive();
        };
        if (!allowed) {
            throw InvalidInputException.of("status", Wording.text("content.status.already." + from.name()));
        }
        move(kind, item, from, to);
    }

    /** A published item released again (a routine's new version): announced as PUBLISHED to PUBLISHED. */
    public void republish(ContentKind kind, PublishableContent item) {
        move(kind, item, item.getStatus(), ContentStatus.PUBLISHED);
    }

    private void move(ContentKind kind, PublishableContent item, ContentStatus from, ContentStatus to) {
        item.changeStatus(to, now());
        events.publishEvent(new ContentStatusChanged(kind.name(), item.getId(), item.getSlug(), item.getTitle(),
                from, to, item.releasedVersion(), Actors.currentUsername()));
    }
}
