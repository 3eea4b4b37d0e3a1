package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
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
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.Organization;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
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

    /** Grants matching the scope, with their deliverable counts, today's phase and overdue count. */
    public List<GrantSummary> findGrants(Condition scope, LocalDate today) {
        Organization grantee = ORGANIZATION.as("grantee");
        Organization lead = ORGANIZATION.as("lead");
        Field<String> phase = DSL.field(DSL.select(GRANT_PHASE.PHASE).from(GRANT_PHASE)
                .where(GRANT_PHASE.GRANT_ID.eq(BCJI_GRANT.ID))
                .and(GRANT_PHASE.START_ON.le(today)).and(GRANT_PHASE.END_ON.ge(today)).limit(1));
        Map<Long, String> providers = findProviderNamesByGrant();
        return dsl.select(BCJI_GRANT.ID, BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.TITLE, BCJI_GRANT.SITE_NAME,
                        grantee.NAME, lead.NAME, BCJI_GRANT.AWARD_AMOUNT, BCJI_GRANT.START_ON, BCJI_GRANT.END_ON,
                        DSL.field(DSL.selectCount().from(TA_DELIVERABLE).where(TA_DELIVERABLE.GRANT_ID.eq(BCJI_GRANT.ID))),
                        DSL.coalesce(lead.STATE, grantee.STATE), phase,
                        DSL.field(DSL.selectCount().from(TA_DELIVERABLE).where(TA_DELIVERABLE.GRANT_ID.eq(BCJI_GRANT.ID))
                                .and(DeliverableRepository.overdueOn(today))),
                        DSL.field(GranteeReportRepository.fundsAtRisk(today)))
                .from(BCJI_GRANT)
                .join(grantee).on(grantee.ID.eq(BCJI_GRANT.GRANTEE_ORG_ID))
                .leftJoin(lead).on(lead.ID.eq(BCJI_GRANT.LEAD_AGENCY_ID))
                .where(scope)
                .orderBy(BCJI_GRANT.AWARD_NUMBER)
                .fetch(r -> new GrantSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(),
                        r.value12() == null ? null : GrantPhase.valueOf(r.value12()),
                        GrantSummary.Standing.of(r.value8(), r.value9(), today),
                        providers.getOrDefault(r.value1(), ""), r.value13(), Boolean.TRUE.equals(r.value14())));
    }

    /** Provider names per grant, comma-separated (few grants, few providers: one small query). */
    private Map<Long, String> findProviderNamesByGrant() {
        return dsl.select(GRANT_PROVIDER.GRANT_ID, ORGANIZATION.NAME)
                .from(GRANT_PROVIDER).join(ORGANIZATION).on(ORGANIZATION.ID.eq(GRANT_PROVIDER.PROVIDER_ORG_ID))
                .orderBy(ORGANIZATION.NAME)
                .fetchGroups(GRANT_PROVIDER.GRANT_ID, ORGANIZATION.NAME)
                .entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    /** The filter as a condition; the state is the lead agency's, or the grantee's when there is no lead agency. */
    static Condition matching(GrantFilter filter, LocalDate today) {
        Condition condition = DSL.trueCondition();
        if (filter.state() != null) {
            Organization lead = ORGANIZATION.as("lead");
            Organization grantee = ORGANIZATION.as("grantee");
            condition = condition.and(DSL.coalesce(lead.STATE, grantee.STATE).eq(filter.state()));
        }
        if (filter.phase() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(GRANT_PHASE)
                    .where(GRANT_PHASE.GRANT_ID.eq(BCJI_GRANT.ID)).and(GRANT_PHASE.PHASE.eq(filter.phase().name()))
                    .and(GRANT_PHASE.START_ON.le(today)).and(GRANT_PHASE.END_ON.ge(today))));
        }
        if (filter.providerOrgId() != null) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(GRANT_PROVIDER)
                    .where(GRANT_PROVIDER.GRANT_ID.eq(BCJI_GRANT.ID))
                    .and(GRANT_PROVIDER.PROVIDER_ORG_ID.eq(filter.providerOrgId()))));
        }
        if (filter.fundsAtRiskOnly()) {
            condition = condition.and(GranteeReportRepository.fundsAtRisk(today));
        }
        if (filter.overdueOnly()) {
            condition = condition.and(DSL.exists(DSL.selectOne().from(TA_DELIVERABLE)
                    .where(TA_DELIVERABLE.GRANT_ID.eq(BCJI_GRANT.ID)).and(DeliverableRepository.overdueOn(today))));
        }
        return condition;
    }

    public boolean exists(long grantId) {
        return dsl.fetchExists(BCJI_GRANT, BCJI_GRANT.ID.eq(grantId));
    }

    /** Whether the organization is the grant's grantee, lead agency or a partner. */
    public boolean involves(long grantId, long organizationId) {
        return dsl.fetchExists(BCJI_GRANT, BCJI_GRANT.ID.eq(grantId).and(involving(organizationId)));
    }

    Optional<BcjiGrantRecord> findGrant(long grantId) {
        return dsl.fetchOptional(BCJI_GRANT, BCJI_GRANT.ID.eq(grantId));
    }

    Optional<String> findOrganizationName(Long organizationId) {
        return organizationId == null ? Optional.empty()
                : dsl.select(ORGANIZATION.NAME).from(ORGANIZATION).where(ORGANIZATION.ID.eq(organizationId))
                        .fetchOptional(ORGANIZATION.NAME);
    }

    List<GrantDetail.PhaseDates> findPhases(long grantId) {
        return dsl.selectFrom(GRANT_PHASE).where(GRANT_PHASE.GRANT_ID.eq(grantId)).orderBy(GRANT_PHASE.START_ON)
                .fetch(r -> new GrantDetail.PhaseDates(GrantPhase.valueOf(r.getPhase()), r.getStartOn(), r.getEndOn()));
    }

    void deletePhases(long grantId, List<GrantPhase> phases) {
        dsl.deleteFrom(GRANT_PHASE).where(GRANT_PHASE.GRANT_ID.eq(grantId))
                .and(GRANT_PHASE.PHASE.in(phases.stream().map(GrantPhase::name).toList()))
                .execute();
    }

    /** Sets the award dates if the grant is still at the version the user saw. */
    boolean updateAwardDates(long grantId, int expectedVersion, LocalDate startOn, LocalDate endOn, Instant now) {
        return dsl.update(BCJI_GRANT)
                .set(BCJI_GRANT.START_ON, startOn)
                .set(BCJI_GRANT.END_ON, endOn)
                .set(BCJI_GRANT.VERSION, expectedVersion + 1)
                .set(BCJI_GRANT.UPDATED_AT, now)
                .where(BCJI_GRANT.ID.eq(grantId)).and(BCJI_GRANT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    List<GrantDetail.Partner> findPartners(long grantId) {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME, GRANT_PARTNER.ROLE_KIND, GRANT_PARTNER.ROLE,
                        GRANT_PARTNER.CONTACT_NAME, GRANT_PARTNER.CONTACT_EMAIL)
                .from(GRANT_PARTNER).join(ORGANIZATION).on(ORGANIZATION.ID.eq(GRANT_PARTNER.ORGANIZATION_ID))
                .where(GRANT_PARTNER.GRANT_ID.eq(grantId)).orderBy(ORGANIZATION.NAME, GRANT_PARTNER.ROLE_KIND)
                .fetch(r -> new GrantDetail.Partner(r.value1(), r.value2(), PartnerRole.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    /** Adds the organization in the role; false when it already holds that role on the grant. */
    public boolean addPartner(long grantId, long organizationId, PartnerRole role, String roleText,
                              String contactName, String contactEmail) {
        return dsl.insertInto(GRANT_PARTNER)
                .set(GRANT_PARTNER.GRANT_ID, grantId)
                .set(GRANT_PARTNER.ORGANIZATION_ID, organizationId)
                .set(GRANT_PARTNER.ROLE_KIND, role.name())
                .set(GRANT_PARTNER.ROLE, roleText)
                .set(GRANT_PARTNER.CONTACT_NAME, contactName)
                .set(GRANT_PARTNER.CONTACT_EMAIL, contactEmail)
                .onDuplicateKeyIgnore()
                .execute() == 1;
    }

    boolean removePartner(long grantId, long organizationId, PartnerRole role) {
        return dsl.deleteFrom(GRANT_PARTNER).where(GRANT_PARTNER.GRANT_ID.eq(grantId))
                .and(GRANT_PARTNER.ORGANIZATION_ID.eq(organizationId)).and(GRANT_PARTNER.ROLE_KIND.eq(role.name()))
                .execute() == 1;
    }

    /** Organizations that may become partners: agencies and partner organizations, by name. */
    List<GrantDetail.Organization> findPartnerCandidates() {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.in("AGENCY", "PARTNER")).orderBy(ORGANIZATION.NAME)
                .fetch(r -> new GrantDetail.Organization(r.value1(), r.value2()));
    }

    boolean organizationExists(long organizationId) {
        return dsl.fetchExists(ORGANIZATION, ORGANIZATION.ID.eq(organizationId)
                .and(ORGANIZATION.KIND.in("AGENCY", "PARTNER")));
    }

    /** TA providers of the grants matching the scope. */
    List<GrantDetail.Organization> findProviders(Condition scope) {
        return dsl.selectDistinct(ORGANIZATION.ID, ORGANIZATION.NAME)
                .from(GRANT_PROVIDER).join(ORGANIZATION).on(ORGANIZATION.ID.eq(GRANT_PROVIDER.PROVIDER_ORG_ID))
                .join(BCJI_GRANT).on(BCJI_GRANT.ID.eq(GRANT_PROVIDER.GRANT_ID))
                .where(scope).orderBy(ORGANIZATION.NAME)
                .fetch(r -> new GrantDetail.Organization(r.value1(), r.value2()));
    }

    List<String> findTaStaffNames(long grantId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(TA_GRANT_ASSIGNMENT)
                .join(APP_USER).on(APP_USER.ID.eq(TA_GRANT_ASSIGNMENT.USER_ID))
                .where(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(grantId)).orderBy(APP_USER.DISPLAY_NAME)
                .fetch(APP_USER.DISPLAY_NAME);
    }

    boolean isProviderOf(long grantId, long providerOrgId) {
        return dsl.fetchExists(GRANT_PROVIDER,
                GRANT_PROVIDER.GRANT_ID.eq(grantId).and(GRANT_PROVIDER.PROVIDER_ORG_ID.eq(providerOrgId)));
    }

    List<Long> findAllGrantIds() {
        return dsl.select(BCJI_GRANT.ID).from(BCJI_GRANT).fetch(BCJI_GRANT.ID);
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
