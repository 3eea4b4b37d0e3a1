package org.pledgetrack.core.audit;

import java.time.Instant;

/** One recorded change: who changed which field of which record, from what to what. */
public record AuditEntry(long id, Instant occurredAt, String actorName, String entityType, long entityId,
                         String action, String field, String oldValue, String newValue) {
}
