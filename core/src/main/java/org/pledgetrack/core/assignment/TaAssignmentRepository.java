package org.pledgetrack.core.assignment;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_ASSIGNMENT_PERIOD;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.pledgetrack.db.tables.AppUser;
import org.springframework.stereotype.Repository;

/**
 * TA assignments: the current ones (tables {@code ta_agency_assignment}, {@code ta_grant_assignment}), their
 * history ({@code ta_assignment_period}) and what the assignment screen shows about people, agencies and
 * grants. The periods are opened and closed by the database's triggers when the current assignments change;
 * this class adds who acted.
 */
@Repository
public class TaAssignmentRepository {

    private static final AppUser STARTER = APP_USER.as("starter");
    private static final AppUser ENDER = APP_USER.as("ender");
    private static final org.pledgetrack.db.tables.Organization PROVIDER = ORGANIZATION.as("provider");

    private final DSLContext dsl;

    TaAssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    boolean isAssignedToAgency(long userId, long agencyId) {
        return dsl.fetchExists(TA_AGENCY_ASSIGNMENT,
                TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId).and(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(agencyId)));
    }

    boolean isAssignedToGrant(long userId, long grantId) {
        return dsl.fetchExists(TA_GRANT_ASSIGNMENT,
                TA_GRANT_ASSIGNMENT.USER_ID.eq(userId).and(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(grantId)));
    }

    List<Long> findAssignedAgencyIds(long userId) {
        return dsl.select(TA_AGENCY_ASSIGNMENT.AGENCY_ID)
                .from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId))
                .fetch(TA_AGENCY_ASSIGNMENT.AGENCY_ID);
    }

    /** Holds for the agencies assigned to the user, as a subquery (see {@link TaAssignmentChecks}). */
    Condition assignedAgencies(long userId, Field<Long> agencyId) {
        return agencyId.in(DSL.select(TA_AGENCY_ASSIGNMENT.AGENCY_ID)
                .from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId)));
    }

    /**
     * Assigns unless already assigned; returns whether a new assignment was made. Public for the demo
     * data; everything else assigns through {@link TaAssignmentService}, which audits.
     */
    public boolean assignAgency(long userId, long agencyId, Instant now) {
        return dsl.insertInto(TA_AGENCY_ASSIGNMENT)
                .set(TA_AGENCY_ASSIGNMENT.USER_ID, userId)
                .set(TA_AGENCY_ASSIGNMENT.AGENCY_ID, agencyId)
                .set(TA_AGENCY_ASSIGNMENT.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /**
     * Assigns unless already assigned; returns whether a new assignment was made. Public for the demo
     * data; everything else assigns through {@link TaAssignmentService}, which audits.
     */
    public boolean assignGrant(long userId, long grantId, Instant now) {
        return dsl.insertInto(TA_GRANT_ASSIGNMENT)
                .set(TA_GRANT_ASSIGNMENT.USER_ID, userId)
                .set(TA_GRANT_ASSIGNMENT.GRANT_ID, grantId)
                .set(TA_GRANT_ASSIGNMENT.CREATED_AT, now)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    /** Ends the assignment; returns whether there was one. */
    boolean unassignAgency(long userId, long agencyId) {
        return dsl.deleteFrom(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId)).and(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(agencyId))
                .execute() == 1;
    }

    /** Ends the assignment; returns whether there was one. */
    boolean unassignGrant(long userId, long grantId) {
        return dsl.deleteFrom(TA_GRANT_ASSIGNMENT)
                .where(TA_GRANT_ASSIGNMENT.USER_ID.eq(userId)).and(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(grantId))
                .execute() == 1;
    }

    List<TaStaffMember> findTaStaff() {
        var agencies = DSL.selectCount().from(TA_AGENCY_ASSIGNMENT)
                .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(APP_USER.ID)).<Integer>asField("agencies");
        var grants = DSL.selectCount().from(TA_GRANT_ASSIGNMENT)
                .where(TA_GRANT_ASSIGNMENT.USER_ID.eq(APP_USER.ID)).<Integer>asField("grants");
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, PROVIDER.NAME, APP_USER.ENABLED,
                        agencies, grants)
                .from(APP_USER).join(PROVIDER).on(PROVIDER.ID.eq(APP_USER.ORGANIZATION_ID))
                .where(APP_USER.ROLE.eq(Role.TA_STAFF.name()))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.USERNAME)
                .fetch(r -> new TaStaffMember(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** The account's role, whether it is enabled and its display name; empty when there is no such account. */
    Optional<Assignee> findAssignee(long userId) {
        return dsl.select(APP_USER.ROLE, APP_USER.ENABLED, APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchOptional(r -> new Assignee(userId, Role.valueOf(r.value1()), r.value2(), r.value3()));
    }

    Optional<String> findAgencyName(long agencyId) {
        return dsl.select(ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(agencyId)).and(ORGANIZATION.KIND.eq("AGENCY"))
                .fetchOptional(ORGANIZATION.NAME);
    }

    Optional<String> findGrantName(long grantId) {
        return dsl.select(BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.TITLE).from(BCJI_GRANT)
                .where(BCJI_GRANT.ID.eq(grantId))
                .fetchOptional(r -> grantName(r.value1(), r.value2()));
    }

    /** Names who made the open period the insert's trigger just opened; returns its id. */
    long recordStarter(long userId, Long agencyId, Long grantId, long actorId) {
        var open = TA_ASSIGNMENT_PERIOD.TA_USER_ID.eq(userId).and(TA_ASSIGNMENT_PERIOD.ENDED_AT.isNull())
                .and(agencyId != null ? TA_ASSIGNMENT_PERIOD.AGENCY_ID.eq(agencyId) : TA_ASSIGNMENT_PERIOD.GRANT_ID.eq(grantId));
        long periodId = dsl.select(DSL.max(TA_ASSIGNMENT_PERIOD.ID)).from(TA_ASSIGNMENT_PERIOD).where(open)
                .fetchSingle(DSL.max(TA_ASSIGNMENT_PERIOD.ID));
        dsl.update(TA_ASSIGNMENT_PERIOD).set(TA_ASSIGNMENT_PERIOD.STARTED_BY, actorId)
                .where(TA_ASSIGNMENT_PERIOD.ID.eq(periodId)).execute();
        return periodId;
    }

    /** Names who ended the period the delete's trigger just closed, at the application's time. */
    void recordEnder(long periodId, long actorId, Instant now) {
        dsl.update(TA_ASSIGNMENT_PERIOD)
                .set(TA_ASSIGNMENT_PERIOD.ENDED_BY, actorId)
                .set(TA_ASSIGNMENT_PERIOD.ENDED_AT, now)
                .where(TA_ASSIGNMENT_PERIOD.ID.eq(periodId))
                .execute();
    }

    Optional<AssignmentPeriod> findPeriod(long periodId) {
        return periods().where(TA_ASSIGNMENT_PERIOD.ID.eq(periodId)).fetchOptional(this::toPeriod);
    }

    /** The user's assignments, current and ended, the newest first. */
    List<AssignmentPeriod> findPeriodsOf(long userId) {
        return periods().where(TA_ASSIGNMENT_PERIOD.TA_USER_ID.eq(userId))
                .orderBy(TA_ASSIGNMENT_PERIOD.STARTED_AT.desc(), TA_ASSIGNMENT_PERIOD.ID.desc())
                .fetch(this::toPeriod);
    }

    private org.jooq.SelectOnConditionStep<Record> periods() {
        return dsl.select(TA_ASSIGNMENT_PERIOD.fields())
                .select(ORGANIZATION.NAME, BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.TITLE, STARTER.DISPLAY_NAME,
                        ENDER.DISPLAY_NAME)
                .from(TA_ASSIGNMENT_PERIOD)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(TA_ASSIGNMENT_PERIOD.AGENCY_ID))
                .leftJoin(BCJI_GRANT).on(BCJI_GRANT.ID.eq(TA_ASSIGNMENT_PERIOD.GRANT_ID))
                .leftJoin(STARTER).on(STARTER.ID.eq(TA_ASSIGNMENT_PERIOD.STARTED_BY))
                .leftJoin(ENDER).on(ENDER.ID.eq(TA_ASSIGNMENT_PERIOD.ENDED_BY));
    }

    private AssignmentPeriod toPeriod(Record r) {
        Long agencyId = r.get(TA_ASSIGNMENT_PERIOD.AGENCY_ID);
        String name = agencyId != null ? r.get(ORGANIZATION.NAME)
                : grantName(r.get(BCJI_GRANT.AWARD_NUMBER), r.get(BCJI_GRANT.TITLE));
        return new AssignmentPeriod(r.get(TA_ASSIGNMENT_PERIOD.ID), r.get(TA_ASSIGNMENT_PERIOD.TA_USER_ID), agencyId,
                r.get(TA_ASSIGNMENT_PERIOD.GRANT_ID), name, r.get(TA_ASSIGNMENT_PERIOD.STARTED_AT),
                r.get(STARTER.DISPLAY_NAME), r.get(TA_ASSIGNMENT_PERIOD.ENDED_AT), r.get(ENDER.DISPLAY_NAME));
    }

    private static String grantName(String awardNumber, String title) {
        return title + " (" + awardNumber + ")";
    }

    /** Who an assignment would be given to. */
    record Assignee(long id, Role role, boolean enabled, String displayName) {
    }
}
