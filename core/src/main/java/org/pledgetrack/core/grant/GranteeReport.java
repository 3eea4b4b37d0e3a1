package org.pledgetrack.core.grant;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One reporting obligation of a grant: its deadline status (from the first submission date) and
 * where it stands in the grantee–overseer review.
 */
public record GranteeReport(long id, long grantId, ReportKind kind, LocalDate periodStart, LocalDate periodEnd,
                            LocalDate dueOn, @Nullable LocalDate submittedOn, GranteeReportStatus status,
                            ReportReview review, int version) {

    public boolean fundsAtRisk() {
        return status == GranteeReportStatus.FUNDS_AT_RISK;
    }
}
