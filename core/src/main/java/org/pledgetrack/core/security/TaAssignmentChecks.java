package org.pledgetrack.core.security;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * What access checks and lists ask about a TA staff member's current assignments. The assignments
 * belong to {@code core.assignment}, which answers this; the interface lives here so that the access
 * policy and the features that filter by assignment do not depend on the feature that manages them
 * (and, through it, on notifications).
 */
public interface TaAssignmentChecks {

    boolean isAssignedToAgency(long userId, long agencyId);

    boolean isAssignedToGrant(long userId, long grantId);

    List<Long> findAssignedAgencyIds(long userId);

    /**
     * Holds for the agencies assigned to the user. A subquery, not a list of ids: a national TA
     * staff member is assigned every agency, and 18,000 bound ids would make each query slow.
     */
    Condition assignedAgencies(long userId, Field<Long> agencyId);
}
