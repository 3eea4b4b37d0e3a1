package org.pledgetrack.core.pledge;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** One of a pledge's items with its progress, as lists and the detail page show it. */
public record PledgeItem(long id, long pledgeId, PledgeStatus pledgeStatus, long agencyId, long catalogItemId,
                         long focusAreaId, String focusAreaName, int number, String title, String description,
                         ItemStatus status, @Nullable String ownerName, @Nullable LocalDate targetOn,
                         @Nullable String notes, int version, @Nullable String updatedByName, Instant updatedAt,
                         @Nullable Instant lastAgencyActivityAt, @Nullable Instant submittedAt, int evidenceCount,
                         int openComments) {

    /** Work on items happens only while the pledge is active; withdrawn and closed pledges are read-only. */
    public boolean pledgeOpen() {
        return pledgeStatus == PledgeStatus.ACTIVE;
    }
}
