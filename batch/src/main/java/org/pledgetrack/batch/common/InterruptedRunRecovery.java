package org.pledgetrack.batch.common;

/**
 * A job's clean-up after a JVM died while running it (kill -9, power loss, out of memory). Spring
 * Batch cannot tell a dead execution from a live one, so it stays STARTED, and whatever the job keeps
 * outside its transactions (a half-written file, an upload, a status shown to users) stays too.
 */
public interface InterruptedRunRecovery {

    /**
     * Marks this job's executions that are left running as failed and tidies what they left behind,
     * so that users see the right status and the work can be started again. Only safe while no other
     * node runs this job.
     */
    void recoverInterruptedRuns();
}
