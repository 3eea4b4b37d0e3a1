package org.pledgetrack.batch.launch;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Operators run a snapshot job with {@code --job=pledgeStatus --asOf=2026-11-30} (the as-of date
 * defaults to today, UTC). It prints a summary and the application exits with 0 when the job
 * completed, 1 otherwise (the entry point exits with {@link #getExitCode()}).
 */
@Component
@ConditionalOnProperty("job")
@Order(10)
class CommandLineJobRunner implements ApplicationRunner, ExitCodeGenerator {

    private final SnapshotJobLauncher launcher;
    private final Clock clock;
    private final String jobName;
    private final String asOf;
    private PrintStream out = System.out;
    private PrintStream err = System.err;
    private int exitCode = 1;

    CommandLineJobRunner(SnapshotJobLauncher launcher, Clock clock, @Value("${job}") String jobName,
                         @Value("${asOf:}") String asOf) {
        this.launcher = launcher;
        this.clock = clock;
        this.jobName = jobName;
        this.asOf = asOf;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            LocalDate date = asOf.isBlank() ? LocalDate.now(clock) : LocalDate.parse(asOf);
            JobRun run = launcher.runNow(jobName, date, "command line");
            Duration took = run.duration(clock.instant());
            out.printf("%s for %s: %s in %d ms; read %d of %d, written %d, skipped %d%s%n", run.jobLabel(),
                    run.asOf(), run.status(), took == null ? 0 : took.toMillis(), run.read(), run.total(),
                    run.written(), run.skipped(), run.errorText() == null ? "" : "; error: " + run.errorText());
            exitCode = run.completed() ? 0 : 1;
        } catch (DateTimeParseException e) {
            err.println("--asOf must be a date like 2026-11-30, not '" + asOf + "'");
        } catch (RuntimeException e) {
            err.println(e.getMessage());
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** Where the summary and errors go; tests capture them. */
    void printTo(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }
}
