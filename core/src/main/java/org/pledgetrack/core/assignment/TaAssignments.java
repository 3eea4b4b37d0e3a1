package org.pledgetrack.core.assignment;

import java.util.List;

import org.jooq.Condition;
import org.jooq.Field;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.springframework.stereotype.Component;

/**
 * Which agencies and grants a TA staff member is assigned to now (tables {@code ta_agency_assignment},
 * {@code ta_grant_assignment}), for the access policy and other features, which ask through
 * {@link TaAssignmentChecks}. Reads only: the assignments change through {@link TaAssignmentService}.
 */
@Component
class TaAssignments implements TaAssignmentChecks {

    private final TaAssignmentRepository assignments;

    TaAssignments(TaAssignmentRepository assignments) {
        this.assignments = assignments;
    }

    @Override
    public boolean isAssignedToAgency(long userId, long agencyId) {
        return assignments.isAssignedToAgency(userId, agencyId);
    }

    @Override
    public boolean isAssignedToGrant(long userId, long grantId) {
        return assignments.isAssignedToGrant(userId, grantId);
    }

    @Override
    public List<Long> findAssignedAgencyIds(long userId) {
        return assignments.findAssignedAgencyIds(userId);
    }

    @Override
    public Condition assignedAgencies(long userId, Field<Long> agencyId) {
        return assignments.assignedAgencies(userId, agencyId);
    }
}
