package org.pledgetrack.batch.report;

import org.pledgetrack.core.grant.GranteeReportCalendar;

/**
 * Whether a grant's funds were at risk on a date, as SQL: a progress report unsubmitted on that date
 * {@link GranteeReportCalendar#FUNDS_AT_RISK_DAYS} days or more after its due date. The number of days
 * is bound as the expression's one parameter, so the rule's one constant decides it in every report.
 */
final class FundsAtRiskSql {

    private FundsAtRiskSql() {
    }

    /** 'Yes' or 'No' for the grant {@code g}; {@code asOf} is the SQL of the date (a column or a parameter). */
    static String on(String asOf) {
        return """
                CASE WHEN EXISTS (SELECT 1 FROM grantee_report fr WHERE fr.grant_id = g.id
                                     AND fr.due_on <= %1$s - INTERVAL ? DAY
                                     AND (fr.submitted_on IS NULL OR fr.submitted_on > %1$s))
                     THEN 'Yes' ELSE 'No' END""".formatted(asOf);
    }

    static Object days() {
        return GranteeReportCalendar.FUNDS_AT_RISK_DAYS;
    }
}
