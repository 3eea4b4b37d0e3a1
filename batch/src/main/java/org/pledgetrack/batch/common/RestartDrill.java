package org.pledgetrack.batch.common;

import org.springframework.batch.core.step.StepExecution;

/**
 * Makes a chunk fail on purpose when the execution carries the {@code failAfterItems} parameter,
 * so that restarting a half-written snapshot can be rehearsed deterministically (tests, operators).
 */
public final class RestartDrill {

    private RestartDrill() {
    }

    /** Throws when writing {@code chunkSize} more items would pass the drill's limit. */
    public static void check(StepExecution step, int chunkSize) {
        Long limit = step.getJobParameters().getLong(SnapshotJobParameters.FAIL_AFTER_ITEMS);
        if (limit != null && step.getWriteCount() + chunkSize > limit) {
            throw new IllegalStateException("Restart drill: failing after " + step.getWriteCount() + " items");
        }
    }
}
