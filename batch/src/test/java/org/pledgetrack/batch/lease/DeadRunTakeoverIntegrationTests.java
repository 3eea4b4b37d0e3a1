package org.pledgetrack.batch.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.AtOnce;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.common.InterruptedRunRecovery;
import org.pledgetrack.batch.common.SnapshotJobParameters;
import org.pledgetrack.core.locking.JobRunLeaseStore;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Leases and take-overs between nodes on one database: this test JVM is node {@code batch-tests};
 * further nodes are {@link DeadRunTakeover}s of their own names on the same database. A run of a
 * dead node is one whose lease has expired (set here in the database, as a node that stopped
 * renewing leaves it).
 */
@SpringBootTest(classes = BatchTestApplication.class)
class DeadRunTakeoverIntegrationTests {

    @Autowired
    private DeadRunTakeover takeover;
    @Autowired
    private JobRunLeaseStore leaseRepository;
    @Autowired
    private JobLeases leases;
    @Autowired
    private List<InterruptedRunRecovery> recoveries;
    @Autowired
    private JobRepository jobRepository;
    @Autowired
    private JobOperator jobOperator;
    @Autowired
    private JobLeaseSettings settings;
    @Autowired
    private Environment environment;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyExecutionGetsALeaseOfThisNodeThatTheHeartbeatRenewsUntilItEnds() throws InterruptedException {
        JobExecution running = startedExecution(LocalDate.of(2028, 1, 31));
        LocalDateTime first = leaseUntil(running.getId());
        assertThat(jdbc.queryForObject("SELECT node_id FROM job_run_lease WHERE job_execution_id = ?", String.class,
                running.getId())).isEqualTo("batch-tests");

        LocalDateTime renewed = first;
        for (int i = 0; i < 300 && !renewed.isAfter(first); i++) {
            Thread.sleep(100);
            renewed = leaseUntil(running.getId());
        }
        assertThat(renewed).isAfter(first);

        end(running);
        assertThat(jdbc.queryForObject("SELECT ended FROM job_run_lease WHERE job_execution_id = ?", Boolean.class,
                running.getId())).isTrue();
    }

    @Test
    void ofTwoNodesLookingAtOnceExactlyOneTakesTheDeadRunOver() throws Exception {
        JobExecution dead = runOfDeadNode(LocalDate.of(2028, 1, 30), "node-a");
        DeadRunTakeover nodeB = node("node-b");
        DeadRunTakeover nodeC = node("node-c");

        List<Long> taken = AtOnce.call(List.<Callable<List<Long>>>of(nodeB::takeOverDeadRuns, nodeC::takeOverDeadRuns))
                .stream().flatMap(List::stream).toList();

        assertThat(taken).containsOnlyOnce(dead.getId());
        assertThat(jdbc.queryForObject("SELECT taken_over_by FROM job_run_lease WHERE job_execution_id = ?",
                String.class, dead.getId())).isIn("node-b", "node-c");
        assertThat(jobRepository.getJobExecution(dead.getId()).getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(node("node-d").takeOverDeadRuns()).doesNotContain(dead.getId());
    }

    @Test
    void aLiveRunOfThisJvmIsNeverTakenOverEvenWhenItsLeaseLooksExpired() {
        JobExecution running = startedExecution(LocalDate.of(2028, 1, 29));
        expireLease(running.getId(), "batch-tests");

        assertThat(takeover.takeOverDeadRuns()).doesNotContain(running.getId());
        assertThat(jobRepository.getJobExecution(running.getId()).getStatus()).isEqualTo(BatchStatus.STARTED);

        end(running);
    }

    /** Another node's take-over on the same database, with its own name. */
    private DeadRunTakeover node(String name) {
        return new DeadRunTakeover(leaseRepository, leases, recoveries, jobRepository, jobOperator, settings,
                new NodeId(new NodeSettings(name), environment));
    }

    /** A deliverable status run (its recovery resumes it) started by this node, then left by it as a dead node would. */
    private JobExecution runOfDeadNode(LocalDate asOf, String deadNode) {
        JobExecution execution = startedExecution(asOf);
        leases.ended(execution.getId()); // this JVM stops heart-beating it, as if it belonged to the dead node
        expireLease(execution.getId(), deadNode);
        return execution;
    }

    private JobExecution startedExecution(LocalDate asOf) {
        JobParameters parameters = SnapshotJobParameters.of(asOf, 0, "test");
        JobInstance instance = jobRepository.createJobInstance("deliverableStatus", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        return execution;
    }

    private void end(JobExecution execution) {
        execution.setStatus(BatchStatus.COMPLETED);
        execution.setEndTime(LocalDateTime.now());
        jobRepository.update(execution);
    }

    private void expireLease(long executionId, String node) {
        jdbc.update("UPDATE job_run_lease SET node_id = ?, ended = FALSE, "
                + "lease_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE job_execution_id = ?", node, executionId);
    }

    private LocalDateTime leaseUntil(long executionId) {
        return jdbc.queryForObject("SELECT lease_until FROM job_run_lease WHERE job_execution_id = ?",
                LocalDateTime.class, executionId);
    }
}
