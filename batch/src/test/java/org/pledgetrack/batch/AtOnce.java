package org.pledgetrack.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Plays several nodes acting at the same moment: each task on a thread of its own, released together. */
public final class AtOnce {

    private AtOnce() {
    }

    /** Runs the tasks at once and returns their results in the same order; a task's exception fails the call. */
    public static <T> List<T> call(List<Callable<T>> tasks) throws Exception {
        CountDownLatch allReady = new CountDownLatch(tasks.size());
        ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> started = new ArrayList<>();
            for (Callable<T> task : tasks) {
                started.add(threads.submit(() -> {
                    allReady.countDown();
                    allReady.await();
                    return task.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : started) {
                results.add(result.get());
            }
            return results;
        } finally {
            threads.shutdown();
        }
    }
}
