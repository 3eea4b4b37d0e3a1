package org.pledgetrack.core.grant;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A progress report with its content: the answers, the period's counts per measure, the files,
 * who submitted it and the overseer's last review (a returned report carries the comment).
 */
public record ProgressReport(GranteeReport report, String siteName, ReportNarrative narrative,
                             List<MeasureCount> counts, List<ReportAttachment> attachments,
                             @Nullable String submittedBy, @Nullable String reviewedBy, @Nullable Instant reviewedAt,
                             @Nullable String reviewComment) {
}
