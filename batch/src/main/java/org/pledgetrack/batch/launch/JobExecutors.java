package org.pledgetrack.batch.launch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The thread pools background jobs run on: bounded in threads and in waiting work
 * ({@link JobThreadSettings}), with threads named for the job, and shut down with the application.
 */
@Component
@EnableConfigurationProperties({JobThreadSettings.class, JobSettings.class})
public class JobExecutors implements DisposableBean {

    private final JobThreadSettings settings;
    private final List<ThreadPoolTaskExecutor> pools = new CopyOnWriteArrayList<>();

    JobExecutors(JobThreadSettings settings) {
        this.settings = settings;
    }

    /** A pool for starting jobs of one kind: {@code running} threads named {@code namePrefix…}. */
    public TaskExecutor forJobs(String namePrefix) {
        return pool(namePrefix, settings.running());
    }

    /** A pool for the parallel workers of one step: one thread per worker, named {@code namePrefix…}. */
    public TaskExecutor forWorkers(String namePrefix, int workers) {
        return pool(namePrefix, workers);
    }

    private TaskExecutor pool(String namePrefix, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix(namePrefix);
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(settings.queueCapacity());
        pool.setAllowCoreThreadTimeOut(true); // idle most of the day: no threads kept for nothing
        pool.initialize();
        pools.add(pool);
        return pool;
    }

    @Override
    public void destroy() {
        pools.forEach(ThreadPoolTaskExecutor::shutdown);
    }
}
