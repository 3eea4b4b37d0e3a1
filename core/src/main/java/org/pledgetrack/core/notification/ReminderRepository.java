package org.pledgetrack.core.notification;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_GRANT_ASSIGNMENT;
import static org.pledgetrack.db.Tables.TA_REQUEST;

import java.time.LocalDate;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.request.TaRequestStatus;
import org.springframework.stereotype.Repository;

/** The questions the reminder job asks: who should hear about what, today. */
@Repository
class ReminderRepository {

    /** A reminder for one user before it becomes a notification. */
    record Due(long userId, long subjectId, String title, LocalDate date, String link, String keyPart) {
    }

    /** A TA request answer for the person who asked. */
    record Answer(long userId, long requestId, String topic, TaRequestStatus status, String note, int version) {
    }

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

    /** TA requests answered by TA staff (accepted, declined or asked for information), for the person who asked. */
    List<Answer> answeredRequests() {
        return dsl.select(TA_REQUEST.SUBMITTED_BY, TA_REQUEST.ID, TA_REQUEST.TOPIC, TA_REQUEST.STATUS,
                        TA_REQUEST.RESPONSE_NOTE, TA_REQUEST.VERSION)
                .from(TA_REQUEST)
                .where(TA_REQUEST.SUBMITTED_BY.isNotNull())
                .and(TA_REQUEST.FIRST_RESPONSE_AT.isNotNull())
                .and(TA_REQUEST.STATUS.in(TaRequestStatus.ACCEPTED.name(), TaRequestStatus.DECLINED.name(),
                        TaRequestStatus.INFO_REQUESTED.name()))
                .fetch(r -> new Answer(r.value1(), r.value2(), r.value3(), TaRequestStatus.valueOf(r.value4()),
                        r.value5(), r.value6()));
    }
}
