package org.pledgetrack.tools.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test: one size of the growth figure of {@code bench/growth.sh}. The pledge status job's
 * point-in-time full run for today on the database's generated dataset, timed as figure 1 times it
 * (the date's rows deleted untimed, InnoDB quiet before each run), the median of
 * {@code -Dbench.growth.runs} (default 3) after one untimed run. Prints one tab-separated
 * {@code GROWTH} line: agencies read, median seconds, milliseconds per agency, the runs.
 * Arguments are Spring properties ({@code --spring.datasource.url=...}).
 */
public final class GrowthBench {

    private GrowthBench() {
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.growth.runs", 3);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(BenchApplication.class)
                .web(WebApplicationType.NONE).run(args)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SnapshotJobLauncher launcher = context.getBean(SnapshotJobLauncher.class);
            LocalDate today = LocalDate.now();
            long coldNanos = PledgeStatusBench.fullRun(jdbc, launcher, today).nanos();
            List<PledgeStatusBench.TimedRun> timed = IntStream.range(0, runs)
                    .mapToObj(n -> PledgeStatusBench.fullRun(jdbc, launcher, today)).toList();
            long agencies = timed.getFirst().run().read();
            long median = PledgeStatusBench.median(timed);
            System.out.printf(java.util.Locale.ROOT, "GROWTH\t%d\t%.2f\t%.4f\t%s\t%s\t%s%n", agencies, median / 1e9,
                    median / 1e6 / agencies, PledgeStatusBench.seconds(timed), Figure.seconds(coldNanos),
                    PledgeStatusBench.completed(timed) ? "COMPLETED" : "FAILED");
        }
    }
}
