package org.pledgetrack.tools.dataset;

import java.time.Clock;
import java.time.LocalDate;

import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --generate-dataset [--agencies=18000] [--seed=42] [--snapshot-days=90]}: fills the
 * configured database (the embedded default or {@code SPRING_DATASOURCE_URL}) with core's synthetic
 * dataset, then runs the pledge status job for each of the {@code snapshot-days} days before today,
 * oldest first, so the snapshot tables hold the days a running system would have (the job computes
 * each from the dataset's history); prints what it wrote and how long each part took, and exits 0,
 * or 1 on failure. Today's snapshot is left to the status job, as in a running system.
 */
@Component
@ConditionalOnProperty("generate-dataset")
class GenerateDatasetCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final String PLEDGE_STATUS_JOB = "pledgeStatus";

    private final SyntheticDataset dataset;
    private final SnapshotJobLauncher launcher;
    private final Clock clock;
    private final int agencies;
    private final long seed;
    private final int snapshotDays;
    private int exitCode = 1;

    GenerateDatasetCommand(SyntheticDataset dataset, SnapshotJobLauncher launcher, Clock clock,
                           @Value("${agencies:18000}") int agencies, @Value("${seed:42}") long seed,
                           @Value("${snapshot-days:90}") int snapshotDays) {
        this.dataset = dataset;
        this.launcher = launcher;
        this.clock = clock;
        this.agencies = agencies;
        this.seed = seed;
        this.snapshotDays = snapshotDays;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            DatasetSummary summary = dataset.generate(DatasetSpec.of(seed, agencies));
            System.out.printf("Generated: %s%n", summary);
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            for (LocalDate asOf = today.minusDays(snapshotDays); asOf.isBefore(today); asOf = asOf.plusDays(1)) {
                JobRun run = launcher.runNow(PLEDGE_STATUS_JOB, asOf, "dataset generator");
                if (!run.completed()) {
                    throw new IllegalStateException("The pledge status job for " + asOf + " ended " + run.status());
                }
            }
            System.out.printf("Pledge status snapshots of %d days before today in %,d ms%n", snapshotDays,
                    (System.nanoTime() - started) / 1_000_000);
            exitCode = 0;
        } catch (RuntimeException e) {
            System.err.println("Dataset generation failed: " + e.getMessage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
