package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;

/**
 * An agency and the pledge its snapshot is about, with the pledge's progress revision at the time
 * it was read (stored with the row, so a later change shows the row is stale).
 */
record CurrentPledge(long agencyId, String state, long pledgeId, String pledgeStatus, LocalDate signedOn,
                     long progressRevision) {
}
