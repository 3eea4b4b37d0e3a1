package org.pledgetrack.batch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(classes = BatchTestApplication.class)
class CommandLineJobRunnerIntegrationTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Autowired
    private SnapshotJobLauncher launcher;
    @Autowired
    private Clock clock;

    @Test
    void aCompletedJobPrintsItsSummaryAndExitsWithZero() {
        CommandLineJobRunner runner = runner("pledgeStatus", "2028-02-22");

        runner.run(null);

        assertThat(runner.getExitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .startsWith("Pledge status snapshot for 2028-02-22: COMPLETED in ").contains("read ");
    }

    @Test
    void theAsOfDateDefaultsToToday() {
        CommandLineJobRunner runner = runner("deliverableStatus", "");

        runner.run(null);

        assertThat(runner.getExitCode()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Deliverable status snapshot for 2028-02-29: COMPLETED");
    }

    @Test
    void anUnknownJobExitsWithOne() {
        CommandLineJobRunner runner = runner("pledgeStatuss", "2028-02-22");

        runner.run(null);

        assertThat(runner.getExitCode()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("There is no job 'pledgeStatuss'");
    }

    @Test
    void aMalformedDateExitsWithOne() {
        CommandLineJobRunner runner = runner("pledgeStatus", "30.11.2026");

        runner.run(null);

        assertThat(runner.getExitCode()).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--asOf must be a date like 2026-11-30");
    }

    private CommandLineJobRunner runner(String job, String asOf) {
        CommandLineJobRunner runner = new CommandLineJobRunner(launcher, clock, job, asOf);
        runner.printTo(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return runner;
    }
}
