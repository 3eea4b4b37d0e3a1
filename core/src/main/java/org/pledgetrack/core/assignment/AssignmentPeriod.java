package org.pledgetrack.core.assignment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One period in which a TA staff member was assigned to an agency or to a grant (exactly one of the
 * two ids is set). Open while {@code endedAt} is null. {@code startedBy} and {@code endedBy} are
 * display names, null where nobody was recorded (demo data, plain SQL, a deleted account).
 */
public record AssignmentPeriod(long id, long taUserId, @Nullable Long agencyId, @Nullable Long grantId,
                               String assignedTo, Instant startedAt, @Nullable String startedBy,
                               @Nullable Instant endedAt, @Nullable String endedBy) {

    public boolean isCurrent() {
        return endedAt == null;
    }

    public boolean isAgency() {
        return agencyId != null;
    }
}
