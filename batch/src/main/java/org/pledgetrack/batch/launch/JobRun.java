package org.pledgetrack.batch.launch;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One execution of a snapshot job as people see it: who started it for which as-of date, when,
 * how far it got ({@code read} of {@code total} items; {@code total} 0 when not known in advance),
 * and how it ended. {@code launchedBy} is the starting account's display name, or the word the
 * launcher recorded when no person started it (e.g. {@code automatic refresh}); {@code status} is
 * Spring Batch's status name ({@link #statusLabel()} says it in words). {@code errorText} is the first
 * line of the failure, null otherwise. {@code node} is the node that ran it (null for runs from before
 * nodes were recorded); {@code resumedFrom} is set when it resumed the run of a node that died.
 */
public record JobRun(long executionId, String jobName, String jobLabel, LocalDate asOf, String launchedBy,
                     Instant startedAt, Instant endedAt, String status, long read, long written, long skipped,
                     long total, String errorText, String node, Resumption resumedFrom) {

    /** The run of a dead node that this run resumed, and how many items that one had committed. */
    public record Resumption(long executionId, long itemsDone) {
    }

    /** For the run history: "Resumed run 12 after 240 items", empty for a run that resumed nothing. */
    public String resumptionText() {
        return resumedFrom == null ? ""
                : "Resumed run " + resumedFrom.executionId() + " after " + resumedFrom.itemsDone() + " items";
    }

    public boolean running() {
        return endedAt == null && !"FAILED".equals(status) && !"STOPPED".equals(status)
                && !"COMPLETED".equals(status) && !"ABANDONED".equals(status);
    }

    /** The status as the screens show it: "Completed", "Running", "Failed"... */
    public String statusLabel() {
        return switch (status == null ? "" : status) {
            case "STARTING" -> "Starting";
            case "STARTED" -> "Running";
            case "STOPPING" -> "Stopping";
            case "STOPPED" -> "Stopped";
            case "COMPLETED" -> "Completed";
            case "FAILED" -> "Failed";
            case "ABANDONED" -> "Abandoned";
            default -> "Unknown";
        };
    }

    public boolean completed() {
        return "COMPLETED".equals(status);
    }

    /** Share of the items read so far, 0-1; 1 once completed. */
    public double fractionDone() {
        if (completed()) {
            return 1;
        }
        return total == 0 ? 0 : Math.min(1, (double) read / total);
    }

    /** Null while it has not started. */
    public Duration duration(Instant now) {
        if (startedAt == null) {
            return null;
        }
        return Duration.between(startedAt, endedAt == null ? now : endedAt);
    }
}
