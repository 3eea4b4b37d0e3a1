package org.pledgetrack.batch.common;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;

/**
 * A job's clean-up after the node running it died (kill -9, power loss, out of memory). Spring
 * Batch cannot tell a dead execution from a live one, so it stays STARTED, and whatever the job keeps
 * outside its transactions (a half-written file, an upload, a status shown to users) stays too. The
 * node that takes the execution over (its lease expired, see {@code batch.lease.DeadRunTakeover})
 * calls the recovery of its job, once.
 */
public interface InterruptedRunRecovery {

    /** True for the jobs (by name) this recovery looks after. */
    boolean recovers(String jobName);

    /**
     * Marks the execution, whose node {@code deadNode} stopped renewing its lease, as failed, tidies
     * what it left behind and, where the job allows, resumes it. Called on the node {@code thisNode}
     * that took it over, while no other node touches it.
     */
    void recover(JobExecution dead, String deadNode, String thisNode);

    /**
     * Spring Batch's own recovery of a dead execution (it and its running steps FAILED, so the
     * instance can be restarted) with a message people read in the run history.
     */
    static void markFailed(JobOperator operator, JobExecution dead, String message) {
        dead.setExitStatus(ExitStatus.FAILED.addExitDescription(message));
        operator.recover(dead);
    }
}
