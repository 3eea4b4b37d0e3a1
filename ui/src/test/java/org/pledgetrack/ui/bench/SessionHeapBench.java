package org.pledgetrack.ui.bench;

import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Figure 4d: heap retained per signed-in Vaadin session. Method: the server JVM's used heap after
 * full GCs (read over JMX when the server runs in its own JVM, as bench/ui-api.sh starts it), before
 * and after {@code sessions} browsers sign in over HTTP and each opens the landing view with the
 * grid's first page; the difference divided by the number of sessions. The sessions stay alive
 * (the server keeps them 30 minutes) while the second measurement runs. Baseline: the same number
 * of sessions with the API tokens view open (same layout, no agency grid), measured the same way in
 * the same JVM, so the ratio shows what the portfolio grid adds.
 */
final class SessionHeapBench {

    private static final double TARGET_KB = 300;
    /** A view in the same layout as the portfolio but without the agency grid: the baseline. */
    private static final String LIGHT_VIEW = "api-tokens";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;
    private final MemoryMXBean serverHeap;
    private final BenchAccounts accounts;
    private final int sessions;

    SessionHeapBench(URI base, MemoryMXBean serverHeap, BenchAccounts accounts, int sessions) {
        this.base = base;
        this.serverHeap = serverHeap;
        this.accounts = accounts;
        this.sessions = sessions;
    }

    Figure run() {
        // one of each first, uncounted: class loading and caches belong to the application
        openPortfolio(signIn());
        signIn().open(LIGHT_VIEW);
        double lightView = retainedPerSession(session -> session.open(LIGHT_VIEW));
        double portfolio = retainedPerSession(this::openPortfolio);
        return new Figure("4d", "Retained heap per signed-in Vaadin session, TA portfolio open (" + sessions
                + " sessions)", String.format(Locale.US, "%.0f KB", portfolio),
                "session with the API tokens view open (same layout, no agency grid)",
                String.format(Locale.US, "%.0f KB", lightView), portfolio / lightView, "≤ 300 KB",
                portfolio <= TARGET_KB);
    }

    private double retainedPerSession(Consumer<BrowserSession> andThen) {
        long before = usedHeapAfterFullGc();
        List<BrowserSession> open = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            BrowserSession session = signIn();
            andThen.accept(session);
            open.add(session);
        }
        long after = usedHeapAfterFullGc();
        if (open.size() != sessions) {
            throw new IllegalStateException("sessions lost");
        }
        return (after - before) / 1024.0 / sessions;
    }

    private BrowserSession signIn() {
        return BrowserSession.signIn(http, base, accounts.taStaff, BenchAccounts.PASSWORD);
    }

    private void openPortfolio(BrowserSession session) {
        session.open("portfolio");
        session.requestAgencyRows(GridBench.PAGE_SIZE);
    }

    private long usedHeapAfterFullGc() {
        long used = Long.MAX_VALUE;
        // several rounds: finalizable and weakly reachable objects need more than one collection
        for (int round = 0; round < 4; round++) {
            serverHeap.gc();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, serverHeap.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
