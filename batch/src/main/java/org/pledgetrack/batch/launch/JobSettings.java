package org.pledgetrack.batch.launch;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the status jobs cut their work and how long a scheduled run's slot is held. (What becomes of
 * runs whose node died: {@code batch.lease.JobLeaseSettings}.)
 *
 * @param chunkSize                   {@code pledgetrack.jobs.chunk-size}: rows a status job reads, computes and
 *                                    writes per transaction
 * @param partitions                  {@code pledgetrack.jobs.partitions}: ranges of agencies the pledge status job
 *                                    computes in parallel; 0 means one per processor
 * @param scheduleLease               {@code pledgetrack.jobs.schedule-lease}: how long a node holds the right to run
 *                                    a scheduled job before another node may take it over
 */
@ConfigurationProperties("pledgetrack.jobs")
public record JobSettings(@DefaultValue("500") int chunkSize,
                          @DefaultValue("0") int partitions,
                          @DefaultValue("PT6H") Duration scheduleLease) {

    public JobSettings {
        if (chunkSize < 1 || partitions < 0 || scheduleLease.isNegative() || scheduleLease.isZero()) {
            throw new IllegalArgumentException("pledgetrack.jobs: chunk-size must be at least 1, partitions not negative "
                    + "and schedule-lease positive, not " + chunkSize + ", " + partitions + " and " + scheduleLease);
        }
    }

    /** The partitions to use: the configured number, or one per processor. */
    public int effectivePartitions() {
        return partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
    }
}
