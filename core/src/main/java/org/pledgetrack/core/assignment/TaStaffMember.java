package org.pledgetrack.core.assignment;

/** A TA staff account as the assignment screen lists it, with how many agencies and grants it has now. */
public record TaStaffMember(long id, String username, String displayName, String providerName, boolean enabled,
                            int currentAgencies, int currentGrants) {
}
