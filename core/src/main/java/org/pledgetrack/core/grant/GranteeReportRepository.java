package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.GRANTEE_REPORT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.pledgetrack.db.tables.records.GranteeReportRecord;
import org.springframework.stereotype.Repository;

@Repository
class GranteeReportRepository {

    private final DSLContext dsl;

    GranteeReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores obligations not stored yet; the unique (grant, kind, period end) key makes this repeatable. */
    void insertMissing(long grantId, List<GranteeReportSchedule.Obligation> obligations) {
        for (GranteeReportSchedule.Obligation o : obligations) {
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

    Optional<GranteeReportRecord> findRecord(long reportId) {
        return dsl.fetchOptional(GRANTEE_REPORT, GRANTEE_REPORT.ID.eq(reportId));
    }

    boolean markSubmitted(long reportId, int expectedVersion, LocalDate submittedOn, long userId, Instant now) {
        return dsl.update(GRANTEE_REPORT)
                .set(GRANTEE_REPORT.SUBMITTED_ON, submittedOn)
                .set(GRANTEE_REPORT.UPDATED_BY, userId)
                .set(GRANTEE_REPORT.UPDATED_AT, now)
                .set(GRANTEE_REPORT.VERSION, expectedVersion + 1)
                .where(GRANTEE_REPORT.ID.eq(reportId)).and(GRANTEE_REPORT.VERSION.eq(expectedVersion))
                .execute() == 1;
    }

    String findUpdatedByName(long reportId) {
        return dsl.select(APP_USER.DISPLAY_NAME).from(GRANTEE_REPORT)
                .join(APP_USER).on(APP_USER.ID.eq(GRANTEE_REPORT.UPDATED_BY))
                .where(GRANTEE_REPORT.ID.eq(reportId))
                .fetchOptional(APP_USER.DISPLAY_NAME).orElse(null);
    }

    private static GranteeReport toReport(GranteeReportRecord r, LocalDate today) {
        return new GranteeReport(r.getId(), r.getGrantId(), ReportKind.valueOf(r.getKind()), r.getPeriodStart(),
                r.getPeriodEnd(), r.getDueOn(), r.getSubmittedOn(),
                GranteeReportSchedule.status(r.getDueOn(), r.getSubmittedOn(), today), r.getVersion());
    }
}
