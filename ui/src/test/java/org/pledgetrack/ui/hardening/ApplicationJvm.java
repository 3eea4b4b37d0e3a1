package org.pledgetrack.ui.hardening;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pledgetrack.ui.Application;

/**
 * The application as a user starts it, in a JVM of its own: {@link Application}'s main class with
 * the application's own settings (the test settings are left off the class path), so the embedded
 * MariaDB keeps its files in {@code ./data} of the working directory and loads the demo data on the
 * first start. Its output goes to a log file in that directory.
 */
final class ApplicationJvm {

    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded MariaDB started on port (\\d+)");

    private final Process process;
    private final Path log;
    private final int httpPort;

    private ApplicationJvm(Process process, Path log, int httpPort) {
        this.process = process;
        this.log = log;
        this.httpPort = httpPort;
    }

    static ApplicationJvm start(Path workingDir, int httpPort, String logName) throws IOException {
        Files.createDirectories(workingDir);
        Path log = workingDir.resolve(logName);
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", applicationClassPath(), Application.class.getName(),
                // Only to see when it is ready: the readiness probe answers 200 once start-up is done.
                "--management.endpoint.health.probes.enabled=true");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("PORT", Integer.toString(httpPort));
        return new ApplicationJvm(builder.start(), log, httpPort);
    }

    /** The test class path without test classes and their settings (this module's and core's test jar). */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .reduce((first, second) -> first + File.pathSeparator + second).orElseThrow();
    }

    /**
     * Waits until the application is ready for users, after its start-up work (migrations, demo
     * data on the first start), and returns how long that took from now. The sign-in page answers
     * before the demo accounts exist; readiness is reported only once everything has run.
     */
    Duration awaitReady(Duration patience) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long started = System.nanoTime();
        long deadline = started + patience.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The application ended before it answered; see " + log);
            }
            if (answers(http, "/actuator/health/readiness") == 200) {
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("The application was not ready within " + patience.toSeconds() + " s; see " + log);
    }

    private int answers(HttpClient http, String path) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notListeningYet) {
            return -1;
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    /** The embedded server's port, as the application logged it at start. */
    int databasePort() throws IOException {
        return Integer.parseInt(logged(DATABASE_PORT));
    }

    /** The first group of the first log line that matches. */
    String logged(Pattern pattern) throws IOException {
        Matcher line = pattern.matcher(Files.readString(log));
        if (!line.find()) {
            throw new AssertionError("Nothing like '" + pattern + "' in " + log);
        }
        return line.group(1);
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown hook runs, so nothing stops the embedded server. */
    void kill9() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Ctrl-C or a service manager stops it: Spring closes the context and the server. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill9();
        }
    }
}
