package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;

import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second JVM for {@link KilledJvmRestartFunctionalTests}: connects to the test's database
 * (args: JDBC URL, as-of date) and runs the pledge status job, until the test kills it.
 */
public final class SnapshotJobProcess {

    private SnapshotJobProcess() {
    }

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BatchTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(
                "--spring.datasource.url=" + args[0], "--spring.datasource.username=root",
                "--spring.datasource.password=", "--pledgetrack.demo-data=false",
                "--spring.batch.jdbc.initialize-schema=never", "--pledgetrack.jobs.recover-interrupted-on-startup=false")) {
            context.getBean(SnapshotJobLauncher.class).runNow("pledgeStatus", LocalDate.parse(args[1]), "second JVM");
        }
    }
}
