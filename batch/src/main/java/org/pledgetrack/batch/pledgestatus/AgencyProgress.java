package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the reader hands over for one agency: its current pledge, the item counts of each focus
 * area (in focus-area order), its latest activity up to the end of the as-of date and its
 * oldest submission still waiting for review.
 */
record AgencyProgress(CurrentPledge pledge, List<AreaCounts> areas, LocalDateTime lastActivity,
                      LocalDateTime oldestWaitingSubmission) {

    record AreaCounts(long focusAreaId, ItemCounts counts) {
    }
}
