package org.pledgetrack.core.report;

import java.time.Instant;

/** A recurring report an overseer saved: what to generate and when (a Spring cron expression, UTC). */
public record ReportDefinition(long id, long ownerId, String ownerName, String ownerEmail, String name,
                               ReportType type, ReportFormat format, ReportFilters filters, String cron,
                               boolean enabled, Instant lastRunAt, Instant createdAt) {

    /** When it fires next after its last run (or its creation). */
    public Instant nextRunAt() {
        return ReportCron.parse(cron).nextAfter(lastRunAt == null ? createdAt : lastRunAt);
    }

    /** Whether its next fire time has come. */
    public boolean dueAt(Instant now) {
        return enabled && !nextRunAt().isAfter(now);
    }
}
