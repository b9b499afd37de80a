package org.upright.content.shared;

/**
 * Published (as a Spring application event) inside the transaction that publishes, unpublishes
 * or archives content, so listeners (the audit log) can write in the same transaction.
 * Re-publishing a changed routine releases a new version and is reported as PUBLISHED to PUBLISHED.
 *
 * @param kind          ARTICLE, ROUTINE or PROGRAM ({@link ContentKind} names)
 * @param version       the item's released version after the change (routines keep versions), else null
 * @param actorUsername the signed-in username, or {@link Actors#SYSTEM} for the starter-content import
 */
public record ContentStatusChanged(String kind, long id, String slug, String title, ContentStatus from,
                                   ContentStatus to, Integer version, String actorUsername) {
}
