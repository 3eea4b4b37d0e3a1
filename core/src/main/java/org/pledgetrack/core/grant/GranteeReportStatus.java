package org.pledgetrack.core.grant;

/**
 * Where a grantee report stands against its deadline, derived from its due date, first
 * submission date and today; {@link #FUNDS_AT_RISK} from the 15th day after a missed due date.
 */
public enum GranteeReportStatus {
    UPCOMING, DUE_SOON, OVERDUE, FUNDS_AT_RISK, SUBMITTED, SUBMITTED_LATE
}
