package org.pledgetrack.batch.pledgestatus;

import java.time.Instant;
import java.util.List;

/**
 * What the reader hands over for one agency, as things stood at the end of the as-of date: its
 * pledge, the item counts of each focus area (in focus-area order), its last activity and the
 * oldest submission still waiting for review.
 */
record AgencyProgressOnDate(PledgeOnDate pledge, List<AreaCounts> areas, Instant lastActivity,
                      Instant oldestWaitingSubmission) {

    /** {@code ownTargetDue}: of the area's items, those whose own target date is on or before the as-of date. */
    record AreaCounts(long focusAreaId, ItemCounts counts, int ownTargetDue) {
    }
}
