package org.upright.accounts.audit;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.upright.kernel.actor.Actors;

import java.time.Instant;

/**
 * Writes audit rows. It joins the caller's transaction and refuses to run without one, so a row
 * exists exactly when the change it describes was committed.
 */
@Component
public class AuditLog {

    /** Who acted when no one is signed in: start-up tasks such as the demo data. */
    public static final String SYSTEM = "system";

    private final AuditEventRepository events;

    AuditLog(AuditEventRepository events) {
        this.events = events;
    }

    /** Records an action of the signed-in account (or {@link #SYSTEM}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, AuditTarget target, String details) {
        recordAs(Actors.signedInUsername().orElse(SYSTEM), action, target, details);
    }

    /** Records an action whose actor is known by name, e.g. someone using a set-password link. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actorUsername, AuditAction action, AuditTarget target, String details) {
        // real time, not the business clock: the log says when things really happened
        events.save(new AuditEvent(Instant.now(), actorUsername, action, target, details));
    }
}
