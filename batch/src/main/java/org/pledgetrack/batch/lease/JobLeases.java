package org.pledgetrack.batch.lease;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pledgetrack.core.locking.JobRunLeaseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The leases of the job executions this node runs: taken when an execution starts, renewed every
 * {@code renew-every} while it runs, given up when it ends. The heartbeat has a thread of its own,
 * so a long job or a busy scheduler never holds it up (Spring's task scheduler has one thread, and
 * the automatic refresh runs whole jobs on it).
 */
@Component
@EnableConfigurationProperties({JobLeaseSettings.class, NodeSettings.class})
public class JobLeases implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLeases.class);

    private final JobRunLeaseStore leases;
    private final JobLeaseSettings settings;
    private final NodeId node;
    private final Set<Long> runningHere = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("job-lease-heartbeat").daemon().factory());

    JobLeases(JobRunLeaseStore leases, JobLeaseSettings settings, NodeId node) {
        this.leases = leases;
        this.settings = settings;
        this.node = node;
        long every = settings.renewEvery().toMillis();
        heartbeat.scheduleWithFixedDelay(this::renewSafely, every, every, TimeUnit.MILLISECONDS);
    }

    /** Records that this node runs the execution, with a fresh lease. */
    void started(long executionId) {
        leases.start(executionId, node.value(), settings.length());
        runningHere.add(executionId);
    }

    /** The execution ended here (in any way): no more heartbeats, and nobody will take it over. */
    void ended(long executionId) {
        runningHere.remove(executionId);
        leases.end(executionId);
    }

    /** True while this JVM runs the execution: it is alive whatever its lease says. */
    boolean runsHere(long executionId) {
        return runningHere.contains(executionId);
    }

    /** Renews the leases of every execution running here. */
    void renew() {
        if (runningHere.isEmpty()) {
            return;
        }
        List<Long> takenOver = leases.renew(List.copyOf(runningHere), settings.length());
        for (Long executionId : takenOver) {
            // this node missed its heartbeats (a long pause) and another node has resumed the run; Spring Batch's
            // version check fails this one's next chunk, so the two never both commit
            log.error("Job execution {} was taken over by another node after this node ({}) missed its heartbeats",
                    executionId, node);
            runningHere.remove(executionId);
        }
    }

    private void renewSafely() {
        try {
            renew();
        } catch (RuntimeException e) {
            // the next beat tries again; a lease outlives several missed beats
            log.warn("Could not renew the job leases of node {}: {}", node, e.getMessage());
        }
    }

    @Override
    public void destroy() {
        heartbeat.shutdownNow();
    }
}
