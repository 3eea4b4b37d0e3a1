package org.pledgetrack.core.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One generated (or generating) report file and its metadata. {@code filtersText} is the filters
 * as people read them (names, not ids). {@code requestedBy} is the requester's username (who may
 * download it), {@code requestedByName} the name people know them by.
 */
public record ReportFile(long id, Long definitionId, String requestedBy, String requestedByName, ReportType type, ReportFormat format,
                         ReportFilters filters, String filtersText, LocalDate asOf, ReportStatus status,
                         Integer rowCount, Long sizeBytes, String sha256, String storageKey, String errorMessage,
                         Long jobExecutionId, Instant createdAt, Instant expiresAt) {

    /** A download name that says what the file holds, e.g. {@code agency-status-2026-11-27-42.xlsx}. */
    public String fileName() {
        return type.name().toLowerCase().replace('_', '-') + "-" + asOf + "-" + id + "." + format.extension();
    }

    public boolean ready() {
        return status == ReportStatus.READY;
    }
}
