package org.pledgetrack.core.request;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_REQUEST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.records.TaRequestRecord;
import org.springframework.stereotype.Repository;

@Repository
class TaRequestRepository {

    private final DSLContext dsl;

    TaRequestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    static Condition fromOrganization(long organizationId) {
        return TA_REQUEST.REQUESTING_ORG_ID.eq(organizationId);
    }

    /** Requests a TA staff member triages: from their assigned agencies or on their assigned grants. */
    static Condition triagedBy(long userId) {
        return TA_REQUEST.REQUESTING_ORG_ID.in(DSL.select(TA_AGENCY_ASSIGNMENT.AGENCY_ID).from(TA_AGENCY_ASSIGNMENT)
                        .where(TA_AGENCY_ASSIGNMENT.USER_ID.eq(userId)))
                .or(TA_REQUEST.GRANT_ID.in(DSL.select(TA_GRANT_ASSIGNMENT.GRANT_ID).from(TA_GRANT_ASSIGNMENT)
                        .where(TA_GRANT_ASSIGNMENT.USER_ID.eq(userId))));
    }

    static Condition withId(long id) {
        return TA_REQUEST.ID.eq(id);
    }

    long insert(long organizationId, NewTaRequest request, long userId, Instant now) {
        return dsl.insertInto(TA_REQUEST)
                .set(TA_REQUEST.REQUESTING_ORG_ID, organizationId)
                .set(TA_REQUEST.GRANT_ID, request.grantId())
                .set(TA_REQUEST.SUBMITTED_BY, userId)
                .set(TA_REQUEST.TOPIC, request.topic().strip())
                .set(TA_REQUEST.FOCUS_AREA_ID, request.focusAreaId())
                .set(TA_REQUEST.CATALOG_ITEM_ID, request.catalogItemId())
                .set(TA_REQUEST.DESCRIPTION, request.description().strip())
                .set(TA_REQUEST.URGENCY, request.urgency().name())
                .set(TA_REQUEST.STATUS, TaRequestStatus.SUBMITTED.name())
                .set(TA_REQUEST.SUBMITTED_AT, now)
                .set(TA_REQUEST.UPDATED_BY, userId)
                .set(TA_REQUEST.UPDATED_AT, now)
                .returning(TA_REQUEST.ID)
                .fetchOne(TA_REQUEST.ID);
    }

    List<TaRequest> find(Condition condition) {
        return dsl.select(TA_REQUEST.fields())
                .select(ORGANIZATION.NAME, BCJI_GRANT.AWARD_NUMBER, FOCUS_AREA.NAME, CATALOG_ITEM.NUMBER,
                        CATALOG_ITEM.TITLE,
                        DSL.field(DSL.select(DSL.max(TA_DELIVERABLE.ID)).from(TA_DELIVERABLE)
                                .where(TA_DELIVERABLE.TA_REQUEST_ID.eq(TA_REQUEST.ID))).as("deliverable_id"))
                .from(TA_REQUEST)
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(TA_REQUEST.REQUESTING_ORG_ID))
                .leftJoin(BCJI_GRANT).on(BCJI_GRANT.ID.eq(TA_REQUEST.GRANT_ID))
                .leftJoin(FOCUS_AREA).on(FOCUS_AREA.ID.eq(TA_REQUEST.FOCUS_AREA_ID))
                .leftJoin(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(TA_REQUEST.CATALOG_ITEM_ID))
                .where(condition)
                .orderBy(TA_REQUEST.SUBMITTED_AT.desc())
                .fetch(r -> new TaRequest(r.get(TA_REQUEST.ID), r.get(TA_REQUEST.REQUESTING_ORG_ID), r.get(ORGANIZATION.NAME),
                        r.get(TA_REQUEST.GRANT_ID), r.get(BCJI_GRANT.AWARD_NUMBER), r.get(TA_REQUEST.TOPIC),
                        r.get(FOCUS_AREA.NAME),
                        r.get(CATALOG_ITEM.TITLE) == null ? null : r.get(CATALOG_ITEM.NUMBER) + ". " + r.get(CATALOG_ITEM.TITLE),
                        r.get(TA_REQUEST.DESCRIPTION), Urgency.valueOf(r.get(TA_REQUEST.URGENCY)),
                        TaRequestStatus.valueOf(r.get(TA_REQUEST.STATUS)), r.get(TA_REQUEST.RESPONSE_NOTE),
                        r.get(TA_REQUEST.SUBMITTED_AT), r.get(TA_REQUEST.FIRST_RESPONSE_AT), r.get(TA_REQUEST.DELIVERED_AT),
                        r.get("deliverable_id", Long.class), r.get(TA_REQUEST.VERSION)));
    }

    Optional<TaRequestRecord> findRecord(long id) {
        return dsl.fetchOptional(TA_REQUEST, TA_REQUEST.ID.eq(id));
    }

    boolean update(TaRequestRecord changed, int expectedVersion, Long userId, Instant now) {
        changed.setVersion(expectedVersion + 1);
        changed.setUpdatedBy(userId);
        changed.setUpdatedAt(now);
        return dsl.update(TA_REQUEST).set(changed)
                .where(TA_REQUEST.ID.eq(changed.getId())).and(TA_REQUEST.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    String findUpdatedByName(long id) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(TA_REQUEST).join(APP_USER).on(APP_USER.ID.eq(TA_REQUEST.UPDATED_BY))
                .where(TA_REQUEST.ID.eq(id)).fetchOptional(APP_USER.DISPLAY_NAME).orElse(null);
    }

    /** Closes a request when the deliverable answering it is delivered; the first delivery counts. */
    void markDelivered(long id, Instant at) {
        dsl.update(TA_REQUEST)
                .set(TA_REQUEST.STATUS, TaRequestStatus.DELIVERED.name())
                .set(TA_REQUEST.DELIVERED_AT, DSL.coalesce(TA_REQUEST.DELIVERED_AT, DSL.val(at, TA_REQUEST.DELIVERED_AT)))
                .set(TA_REQUEST.VERSION, TA_REQUEST.VERSION.plus(1))
                .set(TA_REQUEST.UPDATED_AT, at)
                .where(TA_REQUEST.ID.eq(id))
                .execute();
    }
}
