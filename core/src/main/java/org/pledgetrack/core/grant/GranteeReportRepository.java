package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT_MEASURE;
import static org.pledgetrack.db.Tables.PROGRAM_MEASURE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.core.review.ReviewDecision;
import org.pledgetrack.db.tables.records.GranteeReportRecord;
import org.springframework.stereotype.Repository;

@Repository
class GranteeReportRepository {

    private final DSLContext dsl;

    GranteeReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Brings the stored calendar in line with the award dates: stores obligations not stored yet
     * (the unique grant, kind and period end make this repeatable), moves an unsubmitted final
     * report to the award's end, moves an unsubmitted semi-annual report's start to the award's
     * start, and drops unsubmitted semi-annual reports the award no longer has (after a shortened
     * award). Submitted reports stay as they are.
     */
    void reconcile(long grantId, List<GranteeReportCalendar.Obligation> obligations) {
        List<LocalDate> semiAnnualEnds = obligations.stream().filter(o -> o.kind() == ReportKind.PROGRESS_REPORT)
                .map(GranteeReportCalendar.Obligation::periodEnd).toList();
        dsl.deleteFrom(GRANTEE_REPORT).where(GRANTEE_REPORT.GRANT_ID.eq(grantId))
                .and(GRANTEE_REPORT.KIND.eq(ReportKind.PROGRESS_REPORT.name()))
                .and(GRANTEE_REPORT.SUBMITTED_ON.isNull())
                .and(GRANTEE_REPORT.PERIOD_END.notIn(semiAnnualEnds))
                .execute();
        for (GranteeReportCalendar.Obligation o : obligations) {
            if (o.kind() == ReportKind.FINAL_REPORT) {
                dsl.update(GRANTEE_REPORT)
                        .set(GRANTEE_REPORT.PERIOD_START, o.periodStart())
                        .set(GRANTEE_REPORT.PERIOD_END, o.periodEnd())
                        .set(GRANTEE_REPORT.DUE_ON, o.dueOn())
                        .where(GRANTEE_REPORT.GRANT_ID.eq(grantId))
                        .and(GRANTEE_REPORT.KIND.eq(ReportKind.FINAL_REPORT.name()))
                        .and(GRANTEE_REPORT.SUBMITTED_ON.isNull())
                        .and(GRANTEE_REPORT.PERIOD_END.ne(o.periodEnd()).or(GRANTEE_REPORT.PERIOD_START.ne(o.periodStart())))
                        .execute();
            }
            if (o.kind() == ReportKind.PROGRESS_REPORT) {
                // an award that now starts on another day changes the first period's start
                dsl.update(GRANTEE_REPORT)
                        .set(GRANTEE_REPORT.PERIOD_START, o.periodStart())
                        .set(GRANTEE_REPORT.DUE_ON, o.dueOn())
                        .where(GRANTEE_REPORT.GRANT_ID.eq(grantId))
                        .and(GRANTEE_REPORT.KIND.eq(ReportKind.PROGRESS_REPORT.name()))
                        .and(GRANTEE_REPORT.PERIOD_END.eq(o.periodEnd()))
                        .and(GRANTEE_REPORT.SUBMITTED_ON.isNull())
                        .and(GRANTEE_REPORT.PERIOD_START.ne(o.periodStart()).or(GRANTEE_REPORT.DUE_ON.ne(o.dueOn())))
                        .execute();
            }
            dsl.insertInto(GRANTEE_REPORT)
                    .set(GRANTEE_REPORT.GRANT_ID, grantId)
                    .set(GRANTEE_REPORT.KIND, o.kind().name())
                    .set(GRANTEE_REPORT.PERIOD_START, o.periodStart())
                    .set(GRANTEE_REPORT.PERIOD_END, o.periodEnd())
                    .set(GRANTEE_REPORT.DUE_ON, o.dueOn())
                    .onDuplicateKeyIgnore()
                    .execute();
        }
    }

    List<GranteeReport> findForGrant(long grantId, LocalDate today) {
        return dsl.selectFrom(GRANTEE_REPORT).where(GRANTEE_REPORT.GRANT_ID.eq(grantId))
                .orderBy(GRANTEE_REPORT.DUE_ON, GRANTEE_REPORT.KIND)
                .fetch(r -> toReport(r, today));
    }

    Optional<GranteeReport> find(long reportId, LocalDate today) {
        return findRecord(reportId).map(r -> toReport(r, today));
    }

    Optional<GranteeReportRecord> findRecord(long reportId) {
        return dsl.fetchOptional(GRANTEE_REPORT, GRANTEE_REPORT.ID.eq(reportId));
    }

    /** Saves the answers and moves the review state, if the report is still at the version the user saw. */
    boolean updateContent(long reportId, int expectedVersion, ReportNarrative narrative, ReportReview review,
                          long userId, Instant now) {
        return dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.ACCOMPLISHMENTS, narrative.accomplishments())
                .set(GRANTEE_REPORT.GOALS_MET, narrative.goalsMet())
                .set(GRANTEE_REPORT.PROBLEMS, narrative.problems())
                .set(GRANTEE_REPORT.ASSISTANCE_NEEDED, narrative.assistanceNeeded())
                .set(GRANTEE_REPORT.STATE, review.name())
                .set(GRANTEE_REPORT.UPDATED_BY, userId)
                .set(GRANTEE_REPORT.UPDATED_AT, now)
                .set(GRANTEE_REPORT.VERSION, expectedVersion + 1)
                .where(GRANTEE_REPORT.ID.eq(reportId)).and(GRANTEE_REPORT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    /** Records a submission; the first submission's date stays the one the deadline is judged by. */
    void markSubmitted(long reportId, LocalDate today, long userId) {
        dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.SUBMITTED_ON, DSL.coalesce(GRANTEE_REPORT.SUBMITTED_ON, DSL.val(today)))
                .set(GRANTEE_REPORT.SUBMITTED_BY, userId)
                .where(GRANTEE_REPORT.ID.eq(reportId))
                .execute();
    }

    /** Stores the overseer's decision, if the report is still submitted and at the version the overseer saw. */
    boolean review(long reportId, int expectedVersion, ReviewDecision<ReportReview> decision) {
        return dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.STATE, decision.state().name())
                .set(GRANTEE_REPORT.REVIEW_COMMENT, decision.comment())
                .set(GRANTEE_REPORT.REVIEWED_BY, decision.decidedBy())
                .set(GRANTEE_REPORT.REVIEWED_AT, decision.decidedAt())
                .set(GRANTEE_REPORT.UPDATED_BY, decision.decidedBy())
                .set(GRANTEE_REPORT.UPDATED_AT, decision.decidedAt())
                .set(GRANTEE_REPORT.VERSION, expectedVersion + 1)
                .where(GRANTEE_REPORT.ID.eq(reportId)).and(GRANTEE_REPORT.VERSION.eq(expectedVersion))
                .and(GRANTEE_REPORT.STATE.eq(ReportReview.SUBMITTED.name()))
                .execute() == 1;
    }

    /** The program's active measures with the report's counts (null where none is entered yet). */
    List<MeasureCount> findCounts(long reportId, String program) {
        return dsl.select(PROGRAM_MEASURE.ID, PROGRAM_MEASURE.CODE, PROGRAM_MEASURE.LABEL, GRANTEE_REPORT_MEASURE.VALUE)
                .from(PROGRAM_MEASURE)
                .leftJoin(GRANTEE_REPORT_MEASURE).on(GRANTEE_REPORT_MEASURE.MEASURE_ID.eq(PROGRAM_MEASURE.ID))
                .and(GRANTEE_REPORT_MEASURE.REPORT_ID.eq(reportId))
                .where(PROGRAM_MEASURE.PROGRAM.eq(program)).and(PROGRAM_MEASURE.ACTIVE.isTrue())
                .orderBy(PROGRAM_MEASURE.POSITION)
                .fetch(r -> new MeasureCount(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Replaces the report's counts with the given ones (measure id to count). */
    void replaceCounts(long reportId, Map<Long, Integer> counts) {
        dsl.deleteFrom(GRANTEE_REPORT_MEASURE).where(GRANTEE_REPORT_MEASURE.REPORT_ID.eq(reportId)).execute();
        counts.forEach((measureId, value) -> dsl.insertInto(GRANTEE_REPORT_MEASURE)
                .set(GRANTEE_REPORT_MEASURE.REPORT_ID, reportId)
                .set(GRANTEE_REPORT_MEASURE.MEASURE_ID, measureId)
                .set(GRANTEE_REPORT_MEASURE.VALUE, value)
                .execute());
    }

    Optional<String> findUserName(Long userId) {
        return userId == null ? Optional.empty() : dsl.select(APP_USER.DISPLAY_NAME).from(APP_USER)
                .where(APP_USER.ID.eq(userId)).fetchOptional(APP_USER.DISPLAY_NAME);
    }

    String findUpdatedByName(long reportId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(GRANTEE_REPORT)
                .join(APP_USER).on(APP_USER.ID.eq(GRANTEE_REPORT.UPDATED_BY))
                .where(GRANTEE_REPORT.ID.eq(reportId))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse(null);
    }

    /** Grants with a report unsubmitted 15 days or more after its due date, as a condition on the grant. */
    static Condition fundsAtRisk(LocalDate today) {
        return DSL.exists(DSL.selectOne().from(GRANTEE_REPORT)
                .where(GRANTEE_REPORT.GRANT_ID.eq(BCJI_GRANT.ID))
                .and(GRANTEE_REPORT.SUBMITTED_ON.isNull())
                .and(GRANTEE_REPORT.DUE_ON.le(GranteeReportCalendar.fundsAtRiskDueOnOrBefore(today))));
    }

    static GranteeReport toReport(GranteeReportRecord r, LocalDate today) {
        return new GranteeReport(r.getId(), r.getGrantId(), ReportKind.valueOf(r.getKind()), r.getPeriodStart(),
                r.getPeriodEnd(), r.getDueOn(), r.getSubmittedOn(),
                GranteeReportCalendar.status(r.getDueOn(), r.getSubmittedOn(), today),
                ReportReview.valueOf(r.getState()), r.getVersion());
    }
}
