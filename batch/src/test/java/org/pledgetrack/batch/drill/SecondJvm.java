package org.pledgetrack.batch.drill;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.lease.DeadRunTakeover;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hard way to interrupt a job: a separate JVM runs it against this test's database and is
 * killed with SIGKILL ({@link Process#destroyForcibly()} on Linux) as soon as the drill sees it
 * half-way, so no listener, finally block or shutdown hook of the job runs. Its output goes to
 * {@code target/killed-jvm-<drill>.log}. It is node {@code second-jvm}, and takes over nobody's runs.
 * The database is the test's own: the embedded one, or the server {@code SPRING_DATASOURCE_URL}
 * (with {@code SPRING_DATASOURCE_USERNAME} / {@code _PASSWORD}) names.
 */
public final class SecondJvm {

    /** Generous, because the second JVM boots Spring on a machine that several builds share. */
    private static final long PATIENCE_SECONDS = 120;

    private SecondJvm() {
    }

    /** Starts the drill's job in a second JVM, waits until it is half-way and kills it. */
    static void killHalfWay(KillDrill drill, String argument, DataSource dataSource) throws Exception {
        String name = drill.getClass().getSimpleName();
        Path log = Path.of("target", "killed-jvm-" + name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), SecondJvm.class.getName(), drill.getClass().getName(),
                argument, "--spring.datasource.url=" + jdbcUrl(dataSource)));
        // an external server's account (SPRING_DATASOURCE_USERNAME / _PASSWORD reach the child through its environment)
        command.add("--spring.datasource.username=" + System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "root"));
        command.add("--spring.datasource.password=" + System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", ""));
        command.addAll(drill.secondJvmSettings().stream().map(setting -> "--" + setting).toList());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            waitUntilHalfWay(drill, child, log.toFile());
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Plays the surviving node: looks for dead runs, as every node does periodically, until the killed
     * JVM's lease has expired and this node has taken its run over (polled; the lease decides when).
     */
    static void awaitTakeover(DeadRunTakeover takeover) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!takeover.takeOverDeadRuns().isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No node took over the killed JVM's run");
    }

    private static void waitUntilHalfWay(KillDrill drill, Process child, File log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (System.nanoTime() < deadline && child.isAlive()) {
            if (drill.halfWay()) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("The second JVM ended, or did not get half-way, before it could be killed; see " + log);
    }

    private static String jdbcUrl(DataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    /**
     * The second JVM: args are the drill's class, its argument, then Spring settings. Boots the
     * batch test application on the given database as node {@code second-jvm} (no demo data, no schema
     * set-up or migration, no take-over of other runs; beans only as the drill needs them, which halves
     * the start on a busy machine) and runs the drill's job, until the test kills it.
     */
    public static void main(String[] args) throws Exception {
        Class<? extends KillDrill> drill = Class.forName(args[0]).asSubclass(KillDrill.class);
        List<String> settings = new ArrayList<>(List.of("--pledgetrack.demo-data=false", "--spring.flyway.enabled=false",
                "--spring.batch.jdbc.initialize-schema=never", "--pledgetrack.node-id=second-jvm",
                "--pledgetrack.jobs.lease.take-over=false", "--spring.main.lazy-initialization=true"));
        settings.addAll(Arrays.asList(args).subList(2, args.length));
        SpringApplication application = new SpringApplication(BatchTestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(settings.toArray(String[]::new))) {
            context.getAutowireCapableBeanFactory().createBean(drill).runInSecondJvm(args[1]);
        }
    }
}
