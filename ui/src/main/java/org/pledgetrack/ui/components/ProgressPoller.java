package org.pledgetrack.ui.components;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;

/**
 * Refreshes a view while a background job runs: every few hundred milliseconds it runs the view's
 * refresh inside {@link UI#access}, and server push carries the change to the browser. The view
 * stops it when the job ends or the view is detached.
 */
public final class ProgressPoller {

    private final String threadName;
    private final long periodMillis;
    private ScheduledExecutorService executor;

    public ProgressPoller(String threadName, long periodMillis) {
        this.threadName = threadName;
        this.periodMillis = periodMillis;
    }

    public void start(UI ui, Runnable refresh) {
        stop();
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name(threadName).factory());
        executor.scheduleAtFixedRate(() -> ui.access(refresh::run), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
    }
}
