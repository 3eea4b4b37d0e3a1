package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.DELIVERABLE_FOCUS_AREA;
import static org.pledgetrack.db.Tables.DELIVERABLE_ITEM;
import static org.pledgetrack.db.Tables.GRANT_PARTNER;
import static org.pledgetrack.db.Tables.GRANT_PHASE;
import static org.pledgetrack.db.Tables.GRANT_PROVIDER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.Organization;
import org.springframework.stereotype.Repository;

@Repository
public class GrantRepository {

    private final DSLContext dsl;

    GrantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insertGrant(NewGrant grant, Instant now) {
        return dsl.insertInto(BCJI_GRANT)
                .set(BCJI_GRANT.AWARD_NUMBER, grant.awardNumber())
                .set(BCJI_GRANT.TITLE, grant.title())
                .set(BCJI_GRANT.GRANTEE_ORG_ID, grant.granteeOrgId())
                .set(BCJI_GRANT.LEAD_AGENCY_ID, grant.leadAgencyId())
                .set(BCJI_GRANT.SITE_NAME, grant.siteName())
                .set(BCJI_GRANT.AWARD_AMOUNT, grant.awardAmount())
                .set(BCJI_GRANT.OVERSEER_ORG_ID, grant.overseerOrgId())
                .set(BCJI_GRANT.START_ON, grant.startOn())
                .set(BCJI_GRANT.END_ON, grant.endOn())
                .set(BCJI_GRANT.CREATED_AT, now)
                .set(BCJI_GRANT.UPDATED_AT, now)
                .returning(BCJI_GRANT.ID)
                .fetchOne(BCJI_GRANT.ID);
    }

    public void insertPhase(long grantId, GrantPhase phase, LocalDate startOn, LocalDate endOn) {
        dsl.insertInto(GRANT_PHASE)
                .set(GRANT_PHASE.GRANT_ID, grantId)
                .set(GRANT_PHASE.PHASE, phase.name())
                .set(GRANT_PHASE.START_ON, startOn)
                .set(GRANT_PHASE.END_ON, endOn)
                .execute();
    }

    public void addPartner(long grantId, long organizationId, String role) {
        dsl.insertInto(GRANT_PARTNER)
                .set(GRANT_PARTNER.GRANT_ID, grantId)
                .set(GRANT_PARTNER.ORGANIZATION_ID, organizationId)
                .set(GRANT_PARTNER.ROLE, role)
                .execute();
    }

    public void addProvider(long grantId, long providerOrgId) {
        dsl.insertInto(GRANT_PROVIDER)
                .set(GRANT_PROVIDER.GRANT_ID, grantId)
                .set(GRANT_PROVIDER.PROVIDER_ORG_ID, providerOrgId)
                .execute();
    }

    public long insertDeliverable(NewDeliverable d, Long createdBy, Instant now) {
        return dsl.insertInto(TA_DELIVERABLE)
                .set(TA_DELIVERABLE.GRANT_ID, d.grantId())
                .set(TA_DELIVERABLE.PROVIDER_ORG_ID, d.providerOrgId())
                .set(TA_DELIVERABLE.TYPE, d.type().name())
                .set(TA_DELIVERABLE.TITLE, d.title())
                .set(TA_DELIVERABLE.DESCRIPTION, d.description())
                .set(TA_DELIVERABLE.DUE_ON, d.dueOn())
                .set(TA_DELIVERABLE.SCHEDULED_ON, d.scheduledOn())
                .set(TA_DELIVERABLE.DELIVERED_ON, d.deliveredOn())
                .set(TA_DELIVERABLE.STATUS, d.status().name())
                .set(TA_DELIVERABLE.HOURS, d.hours())
                .set(TA_DELIVERABLE.ATTENDEES, d.attendees())
                .set(TA_DELIVERABLE.RATING, d.rating())
                .set(TA_DELIVERABLE.OUTCOME_NOTE, d.outcomeNote())
                .set(TA_DELIVERABLE.CREATED_BY, createdBy)
                .set(TA_DELIVERABLE.CREATED_AT, now)
                .set(TA_DELIVERABLE.UPDATED_AT, now)
                .returning(TA_DELIVERABLE.ID)
                .fetchOne(TA_DELIVERABLE.ID);
    }

    public void linkDeliverableToFocusArea(long deliverableId, long focusAreaId) {
        dsl.insertInto(DELIVERABLE_FOCUS_AREA)
                .set(DELIVERABLE_FOCUS_AREA.DELIVERABLE_ID, deliverableId)
                .set(DELIVERABLE_FOCUS_AREA.FOCUS_AREA_ID, focusAreaId)
                .execute();
    }

    public void linkDeliverableToItem(long deliverableId, long catalogItemId) {
        dsl.insertInto(DELIVERABLE_ITEM)
                .set(DELIVERABLE_ITEM.DELIVERABLE_ID, deliverableId)
                .set(DELIVERABLE_ITEM.CATALOG_ITEM_ID, catalogItemId)
                .execute();
    }

    /** Grants matching the scope, with their deliverable counts. */
    public List<GrantSummary> findGrants(Condition scope) {
        Organization grantee = ORGANIZATION.as("grantee");
        Organization lead = ORGANIZATION.as("lead");
        return dsl.select(BCJI_GRANT.ID, BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.TITLE, BCJI_GRANT.SITE_NAME,
                        grantee.NAME, lead.NAME, BCJI_GRANT.AWARD_AMOUNT, BCJI_GRANT.START_ON, BCJI_GRANT.END_ON,
                        DSL.field(DSL.selectCount().from(TA_DELIVERABLE).where(TA_DELIVERABLE.GRANT_ID.eq(BCJI_GRANT.ID))))
                .from(BCJI_GRANT)
                .join(grantee).on(grantee.ID.eq(BCJI_GRANT.GRANTEE_ORG_ID))
                .leftJoin(lead).on(lead.ID.eq(BCJI_GRANT.LEAD_AGENCY_ID))
                .where(scope)
                .orderBy(BCJI_GRANT.AWARD_NUMBER)
                .fetch(r -> new GrantSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10()));
    }

    /** Grants assigned to a TA staff member. */
    static Condition assignedTo(long userId) {
        return BCJI_GRANT.ID.in(DSL.select(TA_GRANT_ASSIGNMENT.GRANT_ID).from(TA_GRANT_ASSIGNMENT)
                .where(TA_GRANT_ASSIGNMENT.USER_ID.eq(userId)));
    }

    /** Grants an organization belongs to: as grantee, lead agency or partner. */
    static Condition involving(long organizationId) {
        return BCJI_GRANT.GRANTEE_ORG_ID.eq(organizationId)
                .or(BCJI_GRANT.LEAD_AGENCY_ID.eq(organizationId))
                .or(BCJI_GRANT.ID.in(DSL.select(GRANT_PARTNER.GRANT_ID).from(GRANT_PARTNER)
                        .where(GRANT_PARTNER.ORGANIZATION_ID.eq(organizationId))));
    }

    public int countGrants() {
        return dsl.fetchCount(BCJI_GRANT);
    }

    public int countDeliverables(long grantId) {
        return dsl.fetchCount(TA_DELIVERABLE, TA_DELIVERABLE.GRANT_ID.eq(grantId));
    }

}
