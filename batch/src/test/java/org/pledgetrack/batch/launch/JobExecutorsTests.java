package org.pledgetrack.batch.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;

/** Background jobs run on bounded pools with named threads: a burst of starts cannot take every core. */
class JobExecutorsTests {

    private final JobExecutors executors = new JobExecutors(new JobThreadSettings(1, 1));
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void shutDown() {
        release.countDown();
        executors.destroy();
    }

    @Test
    void aPoolRunsAtMostItsThreadsQueuesAtMostItsCapacityAndRefusesTheRest() throws Exception {
        TaskExecutor reports = executors.forJobs("report-job-");
        CountDownLatch running = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Runnable job = () -> {
            threads.add(Thread.currentThread().getName());
            running.countDown();
            await(release);
        };

        reports.execute(job);
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        reports.execute(job); // waits in line

        assertThatThrownBy(() -> reports.execute(job)).isInstanceOf(TaskRejectedException.class);
        assertThat(threads).containsExactly("report-job-1");
    }

    @Test
    void workersGetOneThreadEach() throws Exception {
        TaskExecutor workers = executors.forWorkers("pledge-status-", 3);
        CountDownLatch allRunning = new CountDownLatch(3);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < 3; i++) {
            workers.execute(() -> {
                threads.add(Thread.currentThread().getName());
                allRunning.countDown();
                await(release);
            });
        }

        assertThat(allRunning.await(10, TimeUnit.SECONDS)).as("three workers at once").isTrue();
        assertThat(threads).containsExactlyInAnyOrder("pledge-status-1", "pledge-status-2", "pledge-status-3");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
