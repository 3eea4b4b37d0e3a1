package org.pledgetrack.core.review;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.CurrentUser;

/**
 * A reviewer's decision on work the grantee submitted: the state it moves to, the comment (a
 * returned submission says what to change, an accepted one has none), who decided and when.
 * Made by {@link ReviewRule}, so it only exists for a move the workflow allows.
 */
public record ReviewDecision<S extends Enum<S>>(S state, @Nullable String comment, long decidedBy,
                                                Instant decidedAt) {

    /** Audits the decision as the change of the state and of the review comment, from what they were before. */
    public void recordIn(AuditLog audit, CurrentUser user, @Nullable Long agencyId, String entityType, long entityId,
                         String stateBefore, @Nullable String commentBefore) {
        audit.recordChange(user, agencyId, entityType, entityId, "state", stateBefore, state.name());
        audit.recordChange(user, agencyId, entityType, entityId, "review_comment", commentBefore, comment);
    }
}
