package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ATTACHMENT;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.GRANT_PROVIDER;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_EVENT;
import static org.pledgetrack.db.Tables.TA_EVENT_SITE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.records.TaDeliverableRecord;
import org.pledgetrack.db.tables.records.TaEventRecord;
import org.springframework.stereotype.Repository;

/**
 * TA events, their sites, and the one deliverable an event has on each grant it served. Only
 * {@link TaEventService} writes those deliverables, in the transaction that changes the event.
 */
@Repository
class TaEventRepository {

    private final DSLContext dsl;

    TaEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<TaEvent> findServingGrant(long grantId) {
        return find(TA_EVENT.ID.in(DSL.select(TA_EVENT_SITE.EVENT_ID).from(TA_EVENT_SITE)
                .where(TA_EVENT_SITE.GRANT_ID.eq(grantId))));
    }

    Optional<TaEvent> findById(long eventId) {
        return find(TA_EVENT.ID.eq(eventId)).stream().findFirst();
    }

    Optional<TaEventRecord> findRecord(long eventId) {
        return dsl.fetchOptional(TA_EVENT, TA_EVENT.ID.eq(eventId));
    }

    private List<TaEvent> find(Condition condition) {
        var rows = dsl.select(TA_EVENT.fields()).select(ORGANIZATION.NAME)
                .from(TA_EVENT).join(ORGANIZATION).on(ORGANIZATION.ID.eq(TA_EVENT.PROVIDER_ORG_ID))
                .where(condition)
                .orderBy(TA_EVENT.HELD_ON.desc(), TA_EVENT.ID.desc())
                .fetch();
        Map<Long, List<TaEvent.Site>> sites = findSites(rows.map(r -> r.get(TA_EVENT.ID)));
        return rows.map(r -> new TaEvent(r.get(TA_EVENT.ID), r.get(TA_EVENT.PROVIDER_ORG_ID), r.get(ORGANIZATION.NAME),
                r.get(TA_EVENT.TITLE), TaEventKind.valueOf(r.get(TA_EVENT.KIND)),
                TaEventFormat.valueOf(r.get(TA_EVENT.FORMAT)), r.get(TA_EVENT.HELD_ON), r.get(TA_EVENT.HOURS),
                TaEventStatus.valueOf(r.get(TA_EVENT.STATUS)), r.get(TA_EVENT.VERSION), r.get(TA_EVENT.UPDATED_AT),
                sites.getOrDefault(r.get(TA_EVENT.ID), List.of())));
    }

    private Map<Long, List<TaEvent.Site>> findSites(List<Long> eventIds) {
        Map<Long, List<TaEvent.Site>> sites = new HashMap<>();
        if (eventIds.isEmpty()) {
            return sites;
        }
        var agency = ORGANIZATION.as("site_agency");
        dsl.select(TA_EVENT_SITE.EVENT_ID, TA_EVENT_SITE.GRANT_ID, TA_EVENT_SITE.ORGANIZATION_ID,
                        TA_EVENT_SITE.ATTENDEES, BCJI_GRANT.SITE_NAME, BCJI_GRANT.AWARD_NUMBER, agency.NAME)
                .from(TA_EVENT_SITE)
                .leftJoin(BCJI_GRANT).on(BCJI_GRANT.ID.eq(TA_EVENT_SITE.GRANT_ID))
                .leftJoin(agency).on(agency.ID.eq(TA_EVENT_SITE.ORGANIZATION_ID))
                .where(TA_EVENT_SITE.EVENT_ID.in(eventIds))
                .forEach(r -> sites.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(new TaEvent.Site(
                        r.value2(), r.value3(), r.value2() != null ? grantName(r.value5(), r.value6()) : r.value7(),
                        r.value4())));
        Comparator<TaEvent.Site> grantsFirst = Comparator.comparing(s -> s.grantId() == null);
        sites.values().forEach(list -> list.sort(grantsFirst.thenComparing(TaEvent.Site::name)));
        return sites;
    }

    /** How a grant is named where sites are listed: its site with its award number. */
    static String grantName(String siteName, String awardNumber) {
        return siteName + " (" + awardNumber + ")";
    }

    long insert(TaEventPlan plan, long userId, Instant now) {
        return dsl.insertInto(TA_EVENT)
                .set(changedBy(plan, userId, now))
                .set(TA_EVENT.PROVIDER_ORG_ID, plan.providerOrgId())
                .set(TA_EVENT.CREATED_BY, userId)
                .set(TA_EVENT.CREATED_AT, now)
                .returning(TA_EVENT.ID)
                .fetchOne(TA_EVENT.ID);
    }

    /** Saves the event if nobody saved it since it was read; false when its version moved on. */
    boolean update(long eventId, int expectedVersion, TaEventPlan plan, long userId, Instant now) {
        return dsl.update(TA_EVENT)
                .set(changedBy(plan, userId, now))
                .set(TA_EVENT.VERSION, expectedVersion + 1)
                .where(TA_EVENT.ID.eq(eventId)).and(TA_EVENT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** What a save writes from the plan, and who saved it when. */
    private static Map<Field<?>, Object> changedBy(TaEventPlan plan, long userId, Instant now) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(TA_EVENT.TITLE, plan.title());
        values.put(TA_EVENT.KIND, plan.kind().name());
        values.put(TA_EVENT.FORMAT, plan.format().name());
        values.put(TA_EVENT.HELD_ON, plan.heldOn());
        values.put(TA_EVENT.HOURS, plan.hours());
        values.put(TA_EVENT.STATUS, status(plan).name());
        values.put(TA_EVENT.UPDATED_BY, userId);
        values.put(TA_EVENT.UPDATED_AT, now);
        return values;
    }

    void replaceSites(long eventId, List<TaEventPlan.Site> sites) {
        dsl.deleteFrom(TA_EVENT_SITE).where(TA_EVENT_SITE.EVENT_ID.eq(eventId)).execute();
        for (TaEventPlan.Site site : sites) {
            dsl.insertInto(TA_EVENT_SITE)
                    .set(TA_EVENT_SITE.EVENT_ID, eventId)
                    .set(TA_EVENT_SITE.GRANT_ID, site.grantId())
                    .set(TA_EVENT_SITE.ORGANIZATION_ID, site.organizationId())
                    .set(TA_EVENT_SITE.ATTENDEES, site.attendees())
                    .execute();
        }
    }

    /** The event's deliverables, by the grant they are on. */
    Map<Long, TaDeliverableRecord> findDeliverables(long eventId) {
        return dsl.selectFrom(TA_DELIVERABLE).where(TA_DELIVERABLE.TA_EVENT_ID.eq(eventId))
                .fetchMap(TA_DELIVERABLE.GRANT_ID);
    }

    /**
     * Writes the event's deliverable on one grant from the event: planned, it is scheduled for the
     * event's date; held, it is delivered that day with the event's hours and the site's attendance.
     * An accepted one stays accepted.
     */
    void writeDeliverable(long eventId, long grantId, TaEventPlan event, Integer attendees,
                          TaDeliverableRecord existing, long userId, Instant now) {
        TaDeliverableRecord record = existing != null ? existing : dsl.newRecord(TA_DELIVERABLE);
        boolean held = event.held();
        boolean accepted = existing != null && DeliverableStatus.ACCEPTED.name().equals(existing.getStatus());
        record.setTaEventId(eventId);
        record.setGrantId(grantId);
        record.setProviderOrgId(event.providerOrgId());
        record.setType(event.kind().deliverableType().name());
        record.setTitle(event.title());
        record.setDueOn(event.heldOn());
        record.setScheduledOn(event.heldOn());
        record.setDeliveredOn(held ? event.heldOn() : null);
        record.setHours(held ? event.hours() : null);
        record.setAttendees(held ? attendees : null);
        record.setStatus(accepted ? DeliverableStatus.ACCEPTED.name()
                : held ? DeliverableStatus.DELIVERED.name() : DeliverableStatus.SCHEDULED.name());
        record.setUpdatedBy(userId);
        record.setUpdatedAt(now);
        if (existing == null) {
            record.setCreatedBy(userId);
            record.setCreatedAt(now);
            record.insert();
        } else {
            record.setVersion(existing.getVersion() + 1);
            record.update();
        }
    }

    boolean hasAttachments(long deliverableId) {
        return dsl.fetchExists(ATTACHMENT, ATTACHMENT.DELIVERABLE_ID.eq(deliverableId));
    }

    void deleteDeliverable(long deliverableId) {
        dsl.deleteFrom(TA_DELIVERABLE).where(TA_DELIVERABLE.ID.eq(deliverableId)).execute();
    }

    /** Grants that a provider gives TA to, by site name. */
    List<GrantDetail.Organization> findGrantsOfProvider(long providerOrgId) {
        return dsl.select(BCJI_GRANT.ID, BCJI_GRANT.SITE_NAME, BCJI_GRANT.AWARD_NUMBER)
                .from(BCJI_GRANT).join(GRANT_PROVIDER).on(GRANT_PROVIDER.GRANT_ID.eq(BCJI_GRANT.ID))
                .where(GRANT_PROVIDER.PROVIDER_ORG_ID.eq(providerOrgId))
                .orderBy(BCJI_GRANT.SITE_NAME)
                .fetch(r -> new GrantDetail.Organization(r.value1(), grantName(r.value2(), r.value3())));
    }

    List<GrantDetail.Organization> findAgencies() {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq("AGENCY")).orderBy(ORGANIZATION.NAME)
                .fetch(r -> new GrantDetail.Organization(r.value1(), r.value2()));
    }

    List<GrantDetail.Organization> findProviders() {
        return dsl.select(ORGANIZATION.ID, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq("TA_PROVIDER")).orderBy(ORGANIZATION.NAME)
                .fetch(r -> new GrantDetail.Organization(r.value1(), r.value2()));
    }

    boolean isAgency(long organizationId) {
        return dsl.fetchExists(ORGANIZATION, ORGANIZATION.ID.eq(organizationId).and(ORGANIZATION.KIND.eq("AGENCY")));
    }

    boolean isProvider(long organizationId) {
        return dsl.fetchExists(ORGANIZATION, ORGANIZATION.ID.eq(organizationId).and(ORGANIZATION.KIND.eq("TA_PROVIDER")));
    }

    /** Whether one of the grants the event served involves the organization (as grantee, lead agency or partner). */
    boolean servesGrantInvolving(long eventId, long organizationId) {
        return dsl.fetchExists(TA_EVENT_SITE, TA_EVENT_SITE.EVENT_ID.eq(eventId)
                .and(TA_EVENT_SITE.GRANT_ID.in(DSL.select(BCJI_GRANT.ID).from(BCJI_GRANT)
                        .where(GrantRepository.involving(organizationId))))
                .or(TA_EVENT_SITE.EVENT_ID.eq(eventId).and(TA_EVENT_SITE.ORGANIZATION_ID.eq(organizationId))));
    }

    /** Who last saved the event, for the conflict message. */
    String findUpdatedByName(long eventId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(TA_EVENT).join(APP_USER).on(APP_USER.ID.eq(TA_EVENT.UPDATED_BY))
                .where(TA_EVENT.ID.eq(eventId)).fetchOptional(APP_USER.DISPLAY_NAME).orElse(null);
    }

    private static TaEventStatus status(TaEventPlan plan) {
        return plan.held() ? TaEventStatus.HELD : TaEventStatus.PLANNED;
    }
}
