package org.pledgetrack.ui.bench;

import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.ui.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 7, figures 4 and 5, against a generated dataset: starts the real application on the given
 * database and a free port, measures the agency grids through the real views, the heap per Vaadin
 * session and the read API under load, and prints one FIGURE line each (see {@link Figure}). Exits 1
 * when a target is missed. Not a test; run by {@code bench/ui-api.sh <jdbc-url>}.
 *
 * <p>Options (system properties): {@code bench.sections} (any of grids, sessions, api; default all),
 * {@code bench.runs} (timed runs per grid figure, default 30),
 * {@code bench.sessions} (default 100), {@code bench.clients} (default 50), {@code bench.seconds}
 * (API load and its baseline, default 60), {@code bench.info-seconds} (figure 5b, the live agency list,
 * default 30), {@code bench.wrk-script} (default {@code bench/api-load.lua}).
 */
public final class UiApiBench {

    private UiApiBench() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("Usage: UiApiBench <jdbc-url>");
            System.exit(2);
        }
        String sections = System.getProperty("bench.sections", "grids,sessions,api");
        List<Figure> figures = new ArrayList<>();
        try (ConfigurableApplicationContext context = start(args[0])) {
            BenchAccounts accounts = new BenchAccounts(context);
            // Sessions and API load go to the server JVM that bench/ui-api.sh started (bench.server),
            // so neither the load generator nor the Karibu runs share its heap or its threads; the
            // heap is read from that JVM over JMX (bench.jmx). Without them, this JVM serves itself.
            URI base = URI.create(System.getProperty("bench.server", "http://127.0.0.1:"
                    + ((WebServerApplicationContext) context).getWebServer().getPort() + "/"));
            MemoryMXBean serverHeap = ServerHeap.of(System.getProperty("bench.jmx"));
            if (sections.contains("grids")) {
                report(figures, new GridBench(context, accounts, 5, Integer.getInteger("bench.runs", 30)).run());
            }
            if (sections.contains("sessions")) {
                report(figures, List.of(new SessionHeapBench(base, serverHeap, accounts, Integer.getInteger("bench.sessions", 100))
                        .run()));
            }
            if (sections.contains("api")) {
                CurrentUser overseer = accounts.user(accounts.overseer);
                int agencies = context.getBean(PledgeService.class).countAgencies(overseer, PortfolioQuery.all());
                int snapshotRows = context.getBean(SnapshotService.class).agencyStatus(overseer, null, null, 0, 1)
                        .orElseThrow(() -> new IllegalStateException("The dataset has no pledge status snapshot"))
                        .total();
                String token = context.getBean(ApiTokenService.class)
                        .create(overseer, BenchAccounts.PASSWORD, "bench " + System.currentTimeMillis(), 1).secret();
                report(figures, new ApiLoadBench(base, token, snapshotRows, agencies,
                        Integer.getInteger("bench.clients", 50), Path.of(System.getProperty("bench.wrk-script",
                        "bench/api-load.lua")))
                        .run(Duration.ofSeconds(Integer.getInteger("bench.seconds", 60)),
                                Duration.ofSeconds(Integer.getInteger("bench.info-seconds", 30))));
            }
        }
        System.exit(figures.stream().allMatch(Figure::passed) ? 0 : 1);
    }

    /** Prints each figure as soon as it is measured, so a later failure does not lose it. */
    private static void report(List<Figure> figures, List<Figure> measured) {
        measured.forEach(figure -> System.out.println(figure.line()));
        System.out.flush();
        figures.addAll(measured);
    }

    /** The application as deployed, on the bench database, with nothing scheduled that would compete. */
    private static ConfigurableApplicationContext start(String jdbcUrl) {
        return new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + jdbcUrl,
                "--server.port=" + Integer.getInteger("bench.port", 0),
                "--pledgetrack.demo-data=false",
                "--pledgetrack.reminders.cron=-",
                "--pledgetrack.jobs.schedule-enabled=false",
                "--pledgetrack.snapshots.refresh.enabled=false",
                "--pledgetrack.files.dir=target/bench-files",
                "--vaadin.productionMode=true",
                "--logging.level.root=WARN");
    }
}
