package org.pledgetrack.batch.generator;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.pledgetrack.batch.pledgestatus.StatusRollupTasklet;
import org.pledgetrack.core.generator.DatasetSpec;
import org.pledgetrack.core.generator.DatasetSummary;
import org.pledgetrack.core.generator.SyntheticDataset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --generate-dataset [--agencies=18000] [--seed=42]}: fills the configured database (the
 * embedded default or {@code SPRING_DATASOURCE_URL}) with core's synthetic dataset and 90 days of
 * prior snapshots, adds those days' roll-ups by the pledge status job's own roll-up step, prints
 * what it wrote and how long it took, and exits 0, or 1 on failure. Lives in batch because the
 * roll-up rules do.
 */
@Component
@ConditionalOnProperty("generate-dataset")
class GenerateDatasetCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SyntheticDataset dataset;
    private final StatusRollupTasklet rollups;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int agencies;
    private final long seed;
    private int exitCode = 1;

    GenerateDatasetCommand(SyntheticDataset dataset, DSLContext dsl, PlatformTransactionManager transactionManager,
                           Clock clock, @Value("${agencies:18000}") int agencies, @Value("${seed:42}") long seed) {
        this.dataset = dataset;
        this.rollups = new StatusRollupTasklet(dsl, clock);
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.agencies = agencies;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            DatasetSummary summary = dataset.generate(DatasetSpec.of(seed, agencies));
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            for (LocalDate asOf = today.minusDays(summary.snapshotDays()); asOf.isBefore(today); asOf = asOf.plusDays(1)) {
                LocalDate day = asOf;
                // computed when the nightly run would have been, like the generated agency rows
                transaction.executeWithoutResult(
                        status -> rollups.rollUp(day, day.atTime(SyntheticDataset.NIGHTLY_RUN_HOUR, 0)));
            }
            System.out.printf("Generated: %s; roll-ups of %d days in %,d ms%n", summary, summary.snapshotDays(),
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
