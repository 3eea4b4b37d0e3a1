package org.pledgetrack.batch.common;

import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The parameters every snapshot job takes. {@code asOf} and {@code revision} identify the job
 * instance: the same pair is the same instance, so a failed run is finished by starting it again and
 * the job repository refuses to run it twice at once. A new revision recomputes a completed as-of
 * date. {@code launchedBy}, {@code failAfterItems} (a restart drill: the writer fails once that
 * many items are written) and {@code resumedFrom} (the execution of a dead node this one resumes)
 * belong to one execution only.
 */
public final class SnapshotJobParameters {

    public static final String AS_OF = "asOf";
    public static final String REVISION = "revision";
    public static final String LAUNCHED_BY = "launchedBy";
    public static final String FAIL_AFTER_ITEMS = "failAfterItems";
    public static final String RESUMED_FROM = "resumedFrom";

    private SnapshotJobParameters() {
    }

    public static JobParameters of(LocalDate asOf, long revision, String launchedBy) {
        return builder(asOf, revision, launchedBy).toJobParameters();
    }

    public static JobParametersBuilder builder(LocalDate asOf, long revision, String launchedBy) {
        return new JobParametersBuilder()
                .addLocalDate(AS_OF, asOf)
                .addLong(REVISION, revision)
                .addString(LAUNCHED_BY, launchedBy, false);
    }

}
