package org.pledgetrack.batch.pledgestatus;

import java.util.Collection;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

/**
 * Gives the partitioned step the worst status and exit status of its partitions but none of their
 * counts. The run history and the progress bar add up the counts of every step of a run; Spring
 * Batch's default aggregator copies the partitions' counts onto the step that split them, which
 * would count every agency twice.
 */
class StatusOnlyPartitionAggregator implements StepExecutionAggregator {

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> partitions) {
        BatchStatus status = BatchStatus.STARTING;
        for (StepExecution partition : partitions) {
            status = BatchStatus.max(status, partition.getStatus());
            result.setExitStatus(result.getExitStatus().and(partition.getExitStatus()));
        }
        result.setStatus(status);
    }
}
