package org.pledgetrack.core.grant;

import java.time.LocalDate;

/** One reporting obligation of a grant with its derived status. */
public record GranteeReport(long id, long grantId, ReportKind kind, LocalDate periodStart, LocalDate periodEnd,
                            LocalDate dueOn, LocalDate submittedOn, GranteeReportStatus status, int version) {
}
