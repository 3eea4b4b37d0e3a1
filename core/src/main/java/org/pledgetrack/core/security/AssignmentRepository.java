package org.pledgetrack.core.security;

import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.time.Instant;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Which agencies and grants a TA staff member is assigned to now: what access checks read, and the
 * only writer of the current assignments. Their history and who made them are kept by
 * {@code core.assignment}, which manages them; this stays here because the access policy reads it.
 */
@Repository
public class AssignmentRepository {

    private final DSLContext dsl;

    AssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean isAssignedToAgency(long userId, long agencyId) {
        return dsl.fetchExists(TA_AGENCY_ASSIGNMENT,
                TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId).and(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(agencyId)));
    }

    public boolean isAssignedToGrant(long userId, long grantId) {
        return dsl.fetchExists(TA_GRANT_ASSIGNMENT,
                TA_GRANT_ASSIGNMENT.USER_ID.eq(userId).and(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(grantId)));
    }

    public List<Long> findAssignedAgencyIds(long userId) {
        return dsl.select(TA_AGENCY_ASSIGNMENT.AGENCY_ID)
                .from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId))
                .fetch(TA_AGENCY_ASSIGNMENT.AGENCY_ID);
    }

    /**
     * Holds for the agencies assigned to the user. A subquery, not a list of ids: a national TA
     * staff member is assigned every agency, and 18,000 bound ids would make each query slow.
     */
    public Condition assignedAgencies(long userId, Field<Long> agencyId) {
        return agencyId.in(DSL.select(TA_AGENCY_ASSIGNMENT.AGENCY_ID)
                .from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId)));
    }

    /** Assigns unless already assigned; returns whether a new assignment was made. */
    public boolean assignAgency(long userId, long agencyId, Instant now) {
        return dsl.insertInto(TA_AGENCY_ASSIGNMENT)
                .set(TA_AGENCY_ASSIGNMENT.USER_ID, userId)
                .set(TA_AGENCY_ASSIGNMENT.AGENCY_ID, agencyId)
                .set(TA_AGENCY_ASSIGNMENT.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /** Assigns unless already assigned; returns whether a new assignment was made. */
    public boolean assignGrant(long userId, long grantId, Instant now) {
        return dsl.insertInto(TA_GRANT_ASSIGNMENT)
                .set(TA_GRANT_ASSIGNMENT.USER_ID, userId)
                .set(TA_GRANT_ASSIGNMENT.GRANT_ID, grantId)
                .set(TA_GRANT_ASSIGNMENT.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /** Ends the assignment; returns whether there was one. */
    public boolean unassignAgency(long userId, long agencyId) {
        return dsl.deleteFrom(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId)).and(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(agencyId))
                .execute() == 1;
    }

    /** Ends the assignment; returns whether there was one. */
    public boolean unassignGrant(long userId, long grantId) {
        return dsl.deleteFrom(TA_GRANT_ASSIGNMENT)
                .where(TA_GRANT_ASSIGNMENT.USER_ID.eq(userId)).and(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(grantId))
                .execute() == 1;
    }
}
