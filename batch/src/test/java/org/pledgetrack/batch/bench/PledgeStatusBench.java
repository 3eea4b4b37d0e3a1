package org.pledgetrack.batch.bench;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.generator.SyntheticDataset;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: figures 1 and 2 of {@code bench/run.sh}, against the generated dataset.
 * <ol>
 *   <li>The full pledge status job for today against a plain {@code INSERT … SELECT … GROUP BY}
 *       that computes the same agency × focus-area numbers into a scratch table (same database,
 *       same run; both start with no rows for the date, untimed). Target ≤ 1.5×.</li>
 *   <li>1% of the agencies change through the core service (the national TA account verifies a
 *       submitted item, or reopens a verified one), then the incremental run ({@code changedOnly})
 *       for the same date, against the full run's time. Target ≤ 0.05.</li>
 * </ol>
 * Each figure is the median of {@value #RUNS} timed runs after {@value #WARM_UP_RUNS} untimed ones, each
 * once InnoDB has purged what the previous runs deleted and written their pages to disk: the figures are
 * a warm server's, as the nightly
 * and on-demand runs of a running application are. The first run of the fresh JVM is printed beside them.
 * Arguments are Spring properties ({@code --spring.datasource.url=...}).
 */
public final class PledgeStatusBench {

    private static final String BASELINE = """
            INSERT INTO bench_area_counts
            SELECT o.id, ci.focus_area_id, p.id, COUNT(*), SUM(pi.status = 'NOT_STARTED'),
                   SUM(pi.status = 'IN_PROGRESS'), SUM(pi.status = 'SUBMITTED'), SUM(pi.status = 'RETURNED'),
                   SUM(pi.status = 'VERIFIED'),
                   MAX(CASE WHEN pi.last_agency_activity_at < ? THEN pi.last_agency_activity_at END),
                   MIN(CASE WHEN pi.status = 'SUBMITTED' THEN pi.submitted_at END)
            FROM organization o
            JOIN pledge p ON p.id = (SELECT MAX(latest.id) FROM pledge latest
                                     WHERE latest.agency_id = o.id AND latest.signed_on <= ?)
            JOIN pledge_item pi ON pi.pledge_id = p.id
            JOIN catalog_item ci ON ci.id = pi.catalog_item_id
            WHERE o.kind = 'AGENCY' AND p.status <> 'WITHDRAWN'
            GROUP BY o.id, ci.focus_area_id, p.id""";

    /** Untimed runs first, then timed runs: the median of an odd number stands for the figure on a noisy machine. */
    private static final int WARM_UP_RUNS = 2;
    private static final int RUNS = 9;
    private static final int QUIET_DIRTY_PAGES = 200;
    private static final int QUIET_WAIT_SECONDS = 30;
    private static final AtomicInteger nextOffset = new AtomicInteger(ThreadLocalRandom.current().nextInt(100));

    private PledgeStatusBench() {
    }

    public static void main(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SnapshotJobLauncher launcher = context.getBean(SnapshotJobLauncher.class);
            LocalDate today = LocalDate.now();

            jdbc.execute("""
                    CREATE TABLE IF NOT EXISTS bench_area_counts (agency_id BIGINT NOT NULL,
                        focus_area_id BIGINT NOT NULL, pledge_id BIGINT NOT NULL, items_total INT NOT NULL,
                        not_started INT NOT NULL, in_progress INT NOT NULL, submitted INT NOT NULL,
                        returned INT NOT NULL, verified INT NOT NULL, last_activity DATETIME(6) NULL,
                        oldest_submission DATETIME(6) NULL, PRIMARY KEY (agency_id, focus_area_id))""");
            for (int n = 0; n < WARM_UP_RUNS; n++) {
                baseline(jdbc, today);
            }
            long baselineNanos = median(RUNS, () -> baseline(jdbc, today));
            // Timed runs follow untimed ones, as the baseline's do: a server runs the job every night,
            // so the figures are a warm JVM's. The first run of this JVM is printed beside them.
            long coldNanos = fullRun(jdbc, launcher, today).nanos();
            for (int n = 1; n < WARM_UP_RUNS; n++) {
                fullRun(jdbc, launcher, today);
            }
            List<TimedRun> fullRuns = IntStream.range(0, RUNS).mapToObj(n -> fullRun(jdbc, launcher, today)).toList();
            long fullNanos = median(fullRuns);
            int rows = jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?) "
                    + "+ (SELECT COUNT(*) FROM agency_area_snapshot WHERE as_of = ?)", Integer.class, today, today);
            double ratio = (double) fullNanos / baselineNanos;
            print(new Figure("1", "Pledge status job, full run (%,d agencies), median of %d".formatted(
                            fullRuns.getFirst().run().read(), RUNS),
                    "%s (%,.0f rows/s; runs %s; first in a fresh JVM %s)".formatted(Figure.seconds(fullNanos),
                            rows / (fullNanos / 1e9), seconds(fullRuns), Figure.seconds(coldNanos)),
                    "plain SQL INSERT…SELECT…GROUP BY, median of " + RUNS, Figure.seconds(baselineNanos), ratio,
                    "≤ 1.5× baseline", completed(fullRuns) && ratio <= 1.5));

            long firstIncrementalNanos = incrementalRun(jdbc, context, launcher, today).nanos();
            for (int n = 1; n < WARM_UP_RUNS; n++) {
                incrementalRun(jdbc, context, launcher, today);
            }
            List<TimedRun> incrementalRuns = IntStream.range(0, RUNS)
                    .mapToObj(n -> incrementalRun(jdbc, context, launcher, today)).toList();
            long incrementalNanos = median(incrementalRuns);
            double share = (double) incrementalNanos / fullNanos;
            TimedRun last = incrementalRuns.getLast();
            print(new Figure("2", "Incremental run after %,d agencies (1%%) changed: %,d recomputed, median of %d"
                    .formatted(last.changedAgencies(), last.run().read(), RUNS),
                    "%s (runs %s; first in this JVM %s)".formatted(Figure.millis(incrementalNanos),
                            millis(incrementalRuns), Figure.millis(firstIncrementalNanos)),
                    "full run (figure 1)", Figure.seconds(fullNanos), share, "≤ 0.05× full run",
                    completed(incrementalRuns) && share <= 0.05));
        }
    }

    /** One run of the job: how it went, how long it took, and how many agencies changed before it. */
    private record TimedRun(JobRun run, long nanos, int changedAgencies) {
    }

    /**
     * Like the baseline's table, the job's tables start without the date's rows (as on the nightly
     * run of a new day): deleting a previous run's rows is not timed.
     */
    private static TimedRun fullRun(JdbcTemplate jdbc, SnapshotJobLauncher launcher, LocalDate asOf) {
        for (String table : List.of("agency_area_snapshot", "agency_snapshot", "rollup_snapshot")) {
            jdbc.update("DELETE FROM " + table + " WHERE as_of = ?", asOf);
        }
        return timed(jdbc, 0, () -> launcher.runNow("pledgeStatus", asOf, "bench"));
    }

    /** 1% of the agencies change (untimed), then the job recomputes what changed. */
    private static TimedRun incrementalRun(JdbcTemplate jdbc, ConfigurableApplicationContext context,
                                           SnapshotJobLauncher launcher, LocalDate asOf) {
        int changed = changeOnePercent(jdbc, context, asOf);
        return timed(jdbc, changed, () -> launcher.runNow("pledgeStatus", asOf, "bench", true));
    }

    /**
     * Times {@code run} once InnoDB has caught up with the runs before it (see {@link #waitForQuietServer}),
     * so that no run pays for an earlier one's clean-up.
     */
    private static TimedRun timed(JdbcTemplate jdbc, int changedAgencies, Supplier<JobRun> run) {
        waitForQuietServer(jdbc);
        long started = System.nanoTime();
        JobRun result = run.get();
        return new TimedRun(result, System.nanoTime() - started, changedAgencies);
    }

    private static long baseline(JdbcTemplate jdbc, LocalDate asOf) {
        jdbc.execute("TRUNCATE TABLE bench_area_counts");
        waitForQuietServer(jdbc);
        long started = System.nanoTime();
        jdbc.update(BASELINE, asOf.plusDays(1).atStartOfDay(), asOf);
        return System.nanoTime() - started;
    }

    /**
     * Returns once InnoDB has purged what earlier runs deleted ({@code innodb_max_purge_lag_wait = 0},
     * MariaDB 10.5+) and written their changed pages to disk (dirty pages allowed down to 0% and the
     * page cleaner at its maximum rate until fewer than {@value #QUIET_DIRTY_PAGES} are left, at most
     * {@value #QUIET_WAIT_SECONDS} s). Without the second wait the incremental runs, timed right after
     * eleven full runs, shared the disk with the flushing of those runs' pages (13 MB/s for minutes)
     * and took up to twice as long, later ones longer.
     */
    private static void waitForQuietServer(JdbcTemplate jdbc) {
        try {
            jdbc.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
            Map<String, Object> settings = jdbc.queryForMap(
                    "SELECT @@GLOBAL.innodb_max_dirty_pages_pct AS pct, @@GLOBAL.innodb_io_capacity AS capacity");
            jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = 0");
            jdbc.execute("SET GLOBAL innodb_io_capacity = @@GLOBAL.innodb_io_capacity_max");
            try {
                long deadline = System.nanoTime() + QUIET_WAIT_SECONDS * 1_000_000_000L;
                while (dirtyPages(jdbc) >= QUIET_DIRTY_PAGES && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            } finally {
                jdbc.execute("SET GLOBAL innodb_io_capacity = " + settings.get("capacity"));
                jdbc.execute("SET GLOBAL innodb_max_dirty_pages_pct = " + settings.get("pct"));
            }
        } catch (DataAccessException notMariaDb) {
            System.err.println("Not waiting for InnoDB: " + notMariaDb.getMostSpecificCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long dirtyPages(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS "
                + "WHERE VARIABLE_NAME = 'INNODB_BUFFER_POOL_PAGES_DIRTY'", Long.class);
    }

    private static long median(int runs, LongSupplier run) {
        return median(LongStream.generate(run).limit(runs).toArray());
    }

    private static long median(List<TimedRun> runs) {
        return median(runs.stream().mapToLong(TimedRun::nanos).toArray());
    }

    private static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String seconds(List<TimedRun> runs) {
        return runs.stream().map(run -> Figure.seconds(run.nanos())).collect(Collectors.joining(", "));
    }

    private static String millis(List<TimedRun> runs) {
        return runs.stream().map(run -> Figure.millis(run.nanos())).collect(Collectors.joining(", "));
    }

    private static boolean completed(List<TimedRun> runs) {
        return runs.stream().allMatch(run -> run.run().completed());
    }

    /**
     * 1% of the agencies with an active pledge, evenly spread from a rotating offset over those that
     * still have a submitted or verified item, get one change by the national TA account through the
     * item service (access checks, workflow, audit): a submitted item verified, or else a verified one
     * reopened. The offset moves on with every call, so that each run changes other agencies and reruns
     * on the same dataset do not run out of items. Returns how many agencies changed.
     */
    private static int changeOnePercent(JdbcTemplate jdbc, ConfigurableApplicationContext context, LocalDate asOf) {
        PledgeItemService items = context.getBean(PledgeItemService.class);
        CurrentUser ta = context.getBean(UserRepository.class).findCredentials(SyntheticDataset.NATIONAL_TA_USERNAME)
                .orElseThrow().user();
        List<long[]> agencies = jdbc.query("""
                SELECT s.agency_id,
                       (SELECT pi.id FROM pledge_item pi WHERE pi.pledge_id = s.pledge_id
                          AND pi.status IN ('SUBMITTED', 'VERIFIED') ORDER BY pi.status = 'SUBMITTED' DESC, pi.id LIMIT 1)
                FROM agency_snapshot s WHERE s.as_of = ? AND s.pledge_status = 'ACTIVE' ORDER BY s.agency_id""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, asOf);
        // 1% of the agencies, spread over those with an item the TA account can still change
        List<Long> changeable = agencies.stream().filter(agency -> agency[1] != 0).map(agency -> agency[1]).toList();
        int stride = Math.max(1, changeable.size() / Math.max(1, agencies.size() / 100));
        int changed = 0;
        for (int i = nextOffset.getAndIncrement() % stride; i < changeable.size() && changed < agencies.size() / 100;
                i += stride) {
            long itemId = changeable.get(i);
            var item = items.detail(ta, itemId).item();
            if (item.status() == ItemStatus.SUBMITTED) {
                items.changeStatus(ta, itemId, item.version(), ItemStatus.VERIFIED, null);
            } else {
                items.changeStatus(ta, itemId, item.version(), ItemStatus.RETURNED, "Bench: reopened for review");
            }
            changed++;
        }
        return changed;
    }

    private static void print(Figure figure) {
        System.out.println(figure.line());
        System.out.flush();
    }
}
