package org.pledgetrack.core.notification;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.CATALOG_ITEM;
import static org.pledgetrack.db.Tables.EVIDENCE;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.springframework.stereotype.Repository;

/** The questions the reminder job asks: who should hear about what, today. */
@Repository
class ReminderRepository {

    /** A reminder for one user before it becomes a notification. */
    record Due(long userId, long subjectId, String title, LocalDate date, String link, String keyPart) {
    }

    /** A submitted item waiting for review, for one TA staff member of its agency. */
    record Waiting(long userId, long itemId, String itemTitle, String agencyName, Instant submittedAt) {
    }

    // The pledge feature's status names; this package reads its tables but does not depend on it.
    private static final String ACTIVE_PLEDGE = "ACTIVE";
    private static final String SUBMITTED_ITEM = "SUBMITTED";
    private static final String VERIFIED_ITEM = "VERIFIED";

    private final DSLContext dsl;

    ReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Open deliverables due between the two dates (inclusive), one row per assigned TA staff member. */
    List<Due> openDeliverablesDueBetween(LocalDate from, LocalDate to) {
        return openDeliverables(TA_DELIVERABLE.DUE_ON.between(from, to));
    }

    /** Open deliverables due before the date (overdue on it), one row per assigned TA staff member. */
    List<Due> openDeliverablesDueBefore(LocalDate day) {
        return openDeliverables(TA_DELIVERABLE.DUE_ON.lt(day));
    }

    private List<Due> openDeliverables(Condition due) {
        return dsl.select(TA_GRANT_ASSIGNMENT.USER_ID, TA_DELIVERABLE.ID, TA_DELIVERABLE.TITLE, TA_DELIVERABLE.DUE_ON,
                        TA_DELIVERABLE.GRANT_ID)
                .from(TA_DELIVERABLE)
                .join(TA_GRANT_ASSIGNMENT).on(TA_GRANT_ASSIGNMENT.GRANT_ID.eq(TA_DELIVERABLE.GRANT_ID))
                .where(TA_DELIVERABLE.STATUS.in(DeliverableStatus.PLANNED.name(), DeliverableStatus.SCHEDULED.name()))
                .and(due)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), "grants/" + r.value5(),
                        r.value2() + ":" + r.value4()));
    }

    /** Unsubmitted grantee reports due between the dates, for the grantee's and lead agency's users and the TA staff. */
    List<Due> unsubmittedReportsDueBetween(LocalDate from, LocalDate to) {
        var recipients = DSL.select(APP_USER.ID.as("user_id"), BCJI_GRANT.ID.as("grant_id")).from(APP_USER)
                .join(BCJI_GRANT).on(APP_USER.ORGANIZATION_ID.eq(BCJI_GRANT.GRANTEE_ORG_ID)
                        .or(APP_USER.ORGANIZATION_ID.eq(BCJI_GRANT.LEAD_AGENCY_ID)))
                .where(APP_USER.ENABLED.isTrue())
                .union(DSL.select(TA_GRANT_ASSIGNMENT.USER_ID, TA_GRANT_ASSIGNMENT.GRANT_ID).from(TA_GRANT_ASSIGNMENT))
                .asTable("recipient");
        var userId = recipients.field("user_id", Long.class);
        var grantId = recipients.field("grant_id", Long.class);
        return dsl.select(userId, GRANTEE_REPORT.ID, GRANTEE_REPORT.KIND, GRANTEE_REPORT.DUE_ON, GRANTEE_REPORT.GRANT_ID)
                .from(GRANTEE_REPORT)
                .join(recipients).on(grantId.eq(GRANTEE_REPORT.GRANT_ID))
                .where(GRANTEE_REPORT.SUBMITTED_ON.isNull())
                .and(GRANTEE_REPORT.DUE_ON.between(from, to))
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), "grants/" + r.value5(),
                        String.valueOf(r.value2())));
    }

    /** Target dates between the dates (inclusive) of items not yet verified in active pledges, one row per agency user. */
    List<Due> itemTargetsBetween(LocalDate from, LocalDate to) {
        return dsl.select(APP_USER.ID, PLEDGE_ITEM.ID, CATALOG_ITEM.NUMBER, CATALOG_ITEM.TITLE, PLEDGE_ITEM.TARGET_ON)
                .from(PLEDGE_ITEM)
                .join(PLEDGE).on(PLEDGE.ID.eq(PLEDGE_ITEM.PLEDGE_ID))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .join(APP_USER).on(APP_USER.ORGANIZATION_ID.eq(PLEDGE.AGENCY_ID)).and(APP_USER.ENABLED.isTrue())
                .where(PLEDGE.STATUS.eq(ACTIVE_PLEDGE))
                .and(PLEDGE_ITEM.STATUS.ne(VERIFIED_ITEM))
                .and(PLEDGE_ITEM.TARGET_ON.between(from, to))
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3() + ". " + r.value4(), r.value5(),
                        "pledge/item/" + r.value2(), r.value2() + ":" + r.value5()));
    }

    /** The 36-month deadlines between the dates (inclusive) of active pledges, one row per agency user. */
    List<Due> pledgeDeadlinesBetween(LocalDate from, LocalDate to) {
        return dsl.select(APP_USER.ID, PLEDGE.ID, PLEDGE.TARGET_ON)
                .from(PLEDGE)
                .join(APP_USER).on(APP_USER.ORGANIZATION_ID.eq(PLEDGE.AGENCY_ID)).and(APP_USER.ENABLED.isTrue())
                .where(PLEDGE.STATUS.eq(ACTIVE_PLEDGE))
                .and(PLEDGE.TARGET_ON.between(from, to))
                .fetch(r -> new Due(r.value1(), r.value2(), "Trust Building Campaign pledge", r.value3(), "my-pledge",
                        r.value2() + ":" + r.value3()));
    }

    /** Items submitted at or before the instant and still waiting for review, one row per assigned TA staff member. */
    List<Waiting> submissionsWaitingSince(Instant submittedBy) {
        return dsl.select(TA_AGENCY_ASSIGNMENT.USER_ID, PLEDGE_ITEM.ID, CATALOG_ITEM.NUMBER, CATALOG_ITEM.TITLE,
                        ORGANIZATION.NAME, PLEDGE_ITEM.SUBMITTED_AT)
                .from(PLEDGE_ITEM)
                .join(PLEDGE).on(PLEDGE.ID.eq(PLEDGE_ITEM.PLEDGE_ID))
                .join(CATALOG_ITEM).on(CATALOG_ITEM.ID.eq(PLEDGE_ITEM.CATALOG_ITEM_ID))
                .join(ORGANIZATION).on(ORGANIZATION.ID.eq(PLEDGE.AGENCY_ID))
                .join(TA_AGENCY_ASSIGNMENT).on(TA_AGENCY_ASSIGNMENT.AGENCY_ID.eq(PLEDGE.AGENCY_ID))
                .where(PLEDGE.STATUS.eq(ACTIVE_PLEDGE))
                .and(PLEDGE_ITEM.STATUS.eq(SUBMITTED_ITEM))
                .and(PLEDGE_ITEM.SUBMITTED_AT.le(DSL.val(submittedBy, PLEDGE_ITEM.SUBMITTED_AT)))
                .fetch(r -> new Waiting(r.value1(), r.value2(), r.value3() + ". " + r.value4(), r.value5(), r.value6()));
    }

    /**
     * Evidence whose review-by date has come (on or before the day), kept on an item of an active pledge, one row
     * per agency user and document: a document attached to several items is reminded of once, under the id of
     * the row it was first uploaded as, and linked to the first item that keeps it.
     */
    List<Due> evidenceReviewsDueBy(LocalDate day) {
        var document = DSL.coalesce(EVIDENCE.ATTACHED_FROM_ID, EVIDENCE.ID);
        var label = DSL.coalesce(EVIDENCE.ORIGINAL_FILENAME, EVIDENCE.URL);
        return dsl.select(APP_USER.ID, document, DSL.max(label), EVIDENCE.REVIEW_BY, DSL.min(PLEDGE_ITEM.ID))
                .from(EVIDENCE)
                .join(PLEDGE_ITEM).on(PLEDGE_ITEM.ID.eq(EVIDENCE.PLEDGE_ITEM_ID))
                .join(PLEDGE).on(PLEDGE.ID.eq(PLEDGE_ITEM.PLEDGE_ID))
                .join(APP_USER).on(APP_USER.ORGANIZATION_ID.eq(PLEDGE.AGENCY_ID)).and(APP_USER.ENABLED.isTrue())
                .where(PLEDGE.STATUS.eq(ACTIVE_PLEDGE))
                .and(EVIDENCE.REMOVED_AT.isNull())
                .and(EVIDENCE.REVIEW_BY.le(day))
                .groupBy(APP_USER.ID, document, EVIDENCE.REVIEW_BY)
                .fetch(r -> new Due(r.value1(), r.value2(), r.value3(), r.value4(), "pledge/item/" + r.value5(),
                        r.value2() + ":" + r.value4()));
    }
}
