package org.pledgetrack.core.pledge;

import java.util.List;

/** A submitted item waiting for review, with the evidence the reviewer checks. */
public record ReviewEntry(PledgeItem item, String agencyName, long daysWaiting, List<Evidence> evidence) {
}
