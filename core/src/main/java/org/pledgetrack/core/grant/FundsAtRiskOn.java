package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.GRANTEE_REPORT;

import java.time.LocalDate;

import org.jooq.Condition;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.pledgetrack.db.tables.GranteeReport;

/**
 * Whether a grant's funds were at risk on a date, for the reports: a progress report unsubmitted on
 * that date {@link GranteeReportCalendar#FUNDS_AT_RISK_DAYS} days or more after its due date. The
 * date may be a column (a snapshot's as-of date), so that one rule decides it in every report.
 */
public final class FundsAtRiskOn {

    private static final GranteeReport LATE = GRANTEE_REPORT.as("funds_at_risk_report");

    private FundsAtRiskOn() {
    }

    /** 'Yes' or 'No' for the grant {@code grantId} on {@code asOf}. */
    public static Field<String> yesOrNo(Field<Long> grantId, Field<LocalDate> asOf) {
        Condition atRisk = DSL.exists(DSL.selectOne().from(LATE).where(LATE.GRANT_ID.eq(grantId),
                LATE.DUE_ON.le(DSL.localDateSub(asOf, DSL.val(GranteeReportCalendar.FUNDS_AT_RISK_DAYS), DatePart.DAY)),
                LATE.SUBMITTED_ON.isNull().or(LATE.SUBMITTED_ON.gt(asOf))));
        return DSL.when(atRisk, DSL.inline("Yes")).otherwise(DSL.inline("No"));
    }
}
