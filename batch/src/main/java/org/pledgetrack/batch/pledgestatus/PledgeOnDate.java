package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;

/** An agency and the pledge its status on the as-of date is about, with the pledge's status then. */
record PledgeOnDate(long agencyId, String state, long pledgeId, String pledgeStatus, LocalDate signedOn) {
}
