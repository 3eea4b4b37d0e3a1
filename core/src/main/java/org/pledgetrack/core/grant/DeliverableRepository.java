package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.DELIVERABLE_FOCUS_AREA;
import static org.pledgetrack.db.Tables.DELIVERABLE_ITEM;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.records.TaDeliverableRecord;
import org.springframework.stereotype.Repository;

/** TA deliverables: reading them with what they support, and changing them under optimistic locking. */
@Repository
class DeliverableRepository {

    private final DSLContext dsl;

    DeliverableRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The overdue rule of {@link DeliverableRules#isOverdue} as SQL, for lists and counts. */
    static Condition overdueOn(LocalDate today) {
        return TA_DELIVERABLE.STATUS.in(DeliverableStatus.PLANNED.name(), DeliverableStatus.SCHEDULED.name())
                .and(TA_DELIVERABLE.DUE_ON.lt(today));
    }

    static Condition ofGrant(long grantId) {
        return TA_DELIVERABLE.GRANT_ID.eq(grantId);
    }

    /** Deliverables of the grants a TA staff member is assigned to. */
    static Condition assignedTo(long userId) {
        return TA_DELIVERABLE.GRANT_ID.in(DSL.select(TA_GRANT_ASSIGNMENT.GRANT_ID)
                .from(TA_GRANT_ASSIGNMENT)
                .where(TA_GRANT_ASSIGNMENT.USER_ID.eq(userId)));
    }

    /** Deliverables linked to a pledge item, on grants the agency takes part in. */
    static Condition supportingItemOfAgency(long catalogItemId, long agencyId) {
        return TA_DELIVERABLE.ID.in(DSL.select(DELIVERABLE_ITEM.DELIVERABLE_ID).from(DELIVERABLE_ITEM)
                        .where(DELIVERABLE_ITEM.CATALOG_ITEM_ID.eq(catalogItemId)))
                .and(TA_DELIVERABLE.GRANT_ID.in(DSL.select(BCJI_GRANT.ID).from(BCJI_GRANT)
                        .where(GrantRepository.involving(agencyId))));
    }

    List<Deliverable> find(Condition condition, LocalDate today) {
        List<Record> rows = dsl.select(TA_DELIVERABLE.fields())
                .select(BCJI_GRANT.AWARD_NUMBER, BCJI_GRANT.SITE_NAME, ORGANIZATION.NAME)
                .from(TA_DELIVERABLE)
                .join(BCJI_GRANT).on(BCJI_GRANT.ID.eq(TA_DELIVERABLE.GRANT_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(TA_DELIVERABLE.PROVIDER_ORG_ID))
                .where(condition)
                .orderBy(TA_DELIVERABLE.DUE_ON, TA_DELIVERABLE.ID)
                .fetch();
        Map<Long, List<Deliverable.SupportedTopic>> supports =
                findSupports(rows.stream().map(r -> r.get(TA_DELIVERABLE.ID)).toList());
        return rows.stream().map(r -> toDeliverable(r, supports.getOrDefault(r.get(TA_DELIVERABLE.ID), List.of()), today))
                .toList();
    }

    Optional<Deliverable> findById(long id, LocalDate today) {
        return find(TA_DELIVERABLE.ID.eq(id), today).stream().findFirst();
    }

    Optional<Long> findGrantId(long deliverableId) {
        return dsl.select(TA_DELIVERABLE.GRANT_ID).from(TA_DELIVERABLE).where(TA_DELIVERABLE.ID.eq(deliverableId))
                .fetchOptional(TA_DELIVERABLE.GRANT_ID);
    }

    Optional<TaDeliverableRecord> findRecord(long id) {
        return dsl.fetchOptional(TA_DELIVERABLE, TA_DELIVERABLE.ID.eq(id));
    }

    long insert(long grantId, DeliverablePlan plan, Long taRequestId, long createdBy, Instant now) {
        long id = dsl.insertInto(TA_DELIVERABLE)
                .set(TA_DELIVERABLE.GRANT_ID, grantId)
                .set(TA_DELIVERABLE.PROVIDER_ORG_ID, plan.providerOrgId())
                .set(TA_DELIVERABLE.TA_REQUEST_ID, taRequestId)
                .set(TA_DELIVERABLE.TYPE, plan.type().name())
                .set(TA_DELIVERABLE.TITLE, plan.title())
                .set(TA_DELIVERABLE.DESCRIPTION, plan.description())
                .set(TA_DELIVERABLE.DUE_ON, plan.dueOn())
                .set(TA_DELIVERABLE.SCHEDULED_ON, plan.scheduledOn())
                .set(TA_DELIVERABLE.STATUS, DeliverableRules.statusForPlan(plan.scheduledOn()).name())
                .set(TA_DELIVERABLE.CREATED_BY, createdBy)
                .set(TA_DELIVERABLE.UPDATED_BY, createdBy)
                .set(TA_DELIVERABLE.CREATED_AT, now)
                .set(TA_DELIVERABLE.UPDATED_AT, now)
                .returning(TA_DELIVERABLE.ID)
                .fetchOne(TA_DELIVERABLE.ID);
        replaceLinks(id, plan);
        return id;
    }

    /**
     * Saves a changed record if nobody saved it since it was read; returns false when the version
     * moved on (the caller reports the conflict).
     */
    boolean update(TaDeliverableRecord changed, int expectedVersion, long userId, Instant now) {
        changed.setVersion(expectedVersion + 1);
        changed.setUpdatedBy(userId);
        changed.setUpdatedAt(now);
        return dsl.update(TA_DELIVERABLE)
                .set(changed)
                .where(TA_DELIVERABLE.ID.eq(changed.getId()))
                .and(TA_DELIVERABLE.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    void replaceLinks(long deliverableId, DeliverablePlan plan) {
        dsl.deleteFrom(DELIVERABLE_FOCUS_AREA).where(DELIVERABLE_FOCUS_AREA.DELIVERABLE_ID.eq(deliverableId)).execute();
        dsl.deleteFrom(DELIVERABLE_ITEM).where(DELIVERABLE_ITEM.DELIVERABLE_ID.eq(deliverableId)).execute();
        for (long areaId : plan.focusAreaIds()) {
            dsl.insertInto(DELIVERABLE_FOCUS_AREA).set(DELIVERABLE_FOCUS_AREA.DELIVERABLE_ID, deliverableId)
                    .set(DELIVERABLE_FOCUS_AREA.FOCUS_AREA_ID, areaId).execute();
        }
        for (long itemId : plan.itemIds()) {
            dsl.insertInto(DELIVERABLE_ITEM).set(DELIVERABLE_ITEM.DELIVERABLE_ID, deliverableId)
                    .set(DELIVERABLE_ITEM.CATALOG_ITEM_ID, itemId).execute();
        }
    }

    /** Who last saved the deliverable, for the conflict message. */
    String findUpdatedByName(long deliverableId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(TA_DELIVERABLE)
                .join(APP_USER).on(APP_USER.ID.eq(TA_DELIVERABLE.UPDATED_BY))
                .where(TA_DELIVERABLE.ID.eq(deliverableId))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse(null);
    }

    private Map<Long, List<Deliverable.SupportedTopic>> findSupports(Collection<Long> deliverableIds) {
        Map<Long, List<Deliverable.SupportedTopic>> supports = new HashMap<>();
        if (deliverableIds.isEmpty()) {
            return supports;
        }
        dsl.select(DELIVERABLE_FOCUS_AREA.DELIVERABLE_ID, FOCUS_AREA.ID, FOCUS_AREA.NAME)
                .from(DELIVERABLE_FOCUS_AREA).join(FOCUS_AREA).on(FOCUS_AREA.ID.eq(DELIVERABLE_FOCUS_AREA.FOCUS_AREA_ID))
                .where(DELIVERABLE_FOCUS_AREA.DELIVERABLE_ID.in(deliverableIds))
                .orderBy(FOCUS_AREA.POSITION)
                .forEach(r -> supports.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Deliverable.SupportedTopic(r.value2(), false, r.value3())));
        dsl.select(DELIVERABLE_ITEM.DELIVERABLE_ID, CATALOG_ITEM.ID, CATALOG_ITEM.NUMBER, CATALOG_ITEM.TITLE)
                .from(DELIVERABLE_ITEM).join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(DELIVERABLE_ITEM.CATALOG_ITEM_ID))
                .where(DELIVERABLE_ITEM.DELIVERABLE_ID.in(deliverableIds))
                .orderBy(CATALOG_ITEM.NUMBER)
                .forEach(r -> supports.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Deliverable.SupportedTopic(r.value2(), true, r.value3() + ". " + r.value4())));
        return supports;
    }

    private static Deliverable toDeliverable(Record r, List<Deliverable.SupportedTopic> supports, LocalDate today) {
        DeliverableStatus status = DeliverableStatus.valueOf(r.get(TA_DELIVERABLE.STATUS));
        LocalDate dueOn = r.get(TA_DELIVERABLE.DUE_ON);
        return new Deliverable(r.get(TA_DELIVERABLE.ID), r.get(TA_DELIVERABLE.GRANT_ID), r.get(BCJI_GRANT.AWARD_NUMBER),
                r.get(BCJI_GRANT.SITE_NAME), r.get(TA_DELIVERABLE.PROVIDER_ORG_ID), r.get(ORGANIZATION.NAME),
                r.get(TA_DELIVERABLE.TA_REQUEST_ID), r.get(TA_DELIVERABLE.TA_EVENT_ID),
                DeliverableType.valueOf(r.get(TA_DELIVERABLE.TYPE)),
                r.get(TA_DELIVERABLE.TITLE), r.get(TA_DELIVERABLE.DESCRIPTION), dueOn,
                r.get(TA_DELIVERABLE.SCHEDULED_ON), r.get(TA_DELIVERABLE.DELIVERED_ON), r.get(TA_DELIVERABLE.ACCEPTED_ON),
                status, r.get(TA_DELIVERABLE.CANCEL_REASON), r.get(TA_DELIVERABLE.HOURS), r.get(TA_DELIVERABLE.ATTENDEES),
                r.get(TA_DELIVERABLE.RATING), r.get(TA_DELIVERABLE.OUTCOME_NOTE), r.get(TA_DELIVERABLE.VERSION),
                r.get(TA_DELIVERABLE.UPDATED_AT), DeliverableRules.isOverdue(status, dueOn, today), List.copyOf(supports));
    }
}
