package org.pledgetrack.core.generator;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code --generate-dataset [--agencies=18000] [--seed=42]}: fills the configured database (the
 * embedded default or {@code SPRING_DATASOURCE_URL}) with the synthetic dataset, prints what it
 * wrote and how long it took, and exits 0, or 1 on failure.
 */
@Component
@ConditionalOnProperty("generate-dataset")
class GenerateDatasetCommand implements ApplicationRunner, ExitCodeGenerator {

    private final SyntheticDataset dataset;
    private final int agencies;
    private final long seed;
    private int exitCode = 1;

    GenerateDatasetCommand(SyntheticDataset dataset, @Value("${agencies:18000}") int agencies,
                           @Value("${seed:42}") long seed) {
        this.dataset = dataset;
        this.agencies = agencies;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            System.out.println("Generated: " + dataset.generate(DatasetSpec.of(seed, agencies)));
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
