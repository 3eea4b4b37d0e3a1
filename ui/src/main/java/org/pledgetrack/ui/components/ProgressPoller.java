package org.pledgetrack.ui.components;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * Refreshes a view while a background job runs: every few hundred milliseconds it runs the view's
 * refresh inside {@link UI#access}, and server push carries the change to the browser. It stops when
 * the view is detached and starts again when the view comes back while the job still runs.
 */
public final class ProgressPoller {

    private final Component owner;
    private final String threadName;
    private final long periodMillis;
    private final Runnable refresh;
    private ScheduledExecutorService executor;

    public ProgressPoller(Component owner, String threadName, long periodMillis, Runnable refresh,
                          BooleanSupplier jobRunning) {
        this.owner = owner;
        this.threadName = threadName;
        this.periodMillis = periodMillis;
        this.refresh = refresh;
        owner.addAttachListener(attach -> {
            if (jobRunning.getAsBoolean()) {
                start();
            }
        });
        owner.addDetachListener(detach -> stop());
    }

    public void start() {
        stop();
        UI ui = owner.getUI().orElseGet(UI::getCurrent);
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
