package org.pledgetrack.core.pledge;

/** A pledge and the catalog version it is on, for the admin's list of pledges to migrate. */
public record PledgeOnVersion(long pledgeId, String agencyName, String state, PledgeStatus status,
                              long catalogVersionId, String catalogCode) {
}
