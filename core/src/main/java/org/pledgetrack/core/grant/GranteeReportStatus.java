package org.pledgetrack.core.grant;

/** Where a grantee report stands, derived from its due date, submission date and today. */
public enum GranteeReportStatus {
    UPCOMING, DUE_SOON, OVERDUE, SUBMITTED, SUBMITTED_LATE
}
