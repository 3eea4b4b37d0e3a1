package org.pledgetrack.batch.common;

import java.time.LocalDate;
import java.util.function.ToLongFunction;

import org.springframework.batch.core.job.Job;

/**
 * A snapshot job as the launcher and the screens know it: its Spring Batch job, a name people
 * read, and how many items its chunk step will read for an as-of date (the progress bar's total).
 */
public record SnapshotJob(Job job, String label, ToLongFunction<LocalDate> itemCount) {

    public String name() {
        return job.getName();
    }

    public long itemsFor(LocalDate asOf) {
        return itemCount.applyAsLong(asOf);
    }
}
