package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;

/** What the reader hands over: an agency and the pledge the snapshot is about. */
record CurrentPledge(long agencyId, String state, long pledgeId, String pledgeStatus, LocalDate signedOn) {
}
