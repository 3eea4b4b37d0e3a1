package org.pledgetrack.core.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM that starts the embedded server on a data directory, commits a row and keeps running
 * until the test kills it, as the application would run until someone kills it with {@code kill -9}.
 */
final class ServerInAnotherJvm {

    static final String READY = "serving";
    static final String DATABASE = "takeover_check";

    private ServerInAnotherJvm() {
    }

    /** Starts it and returns once its server serves the directory with the row committed. */
    static Process start(Path dataDir) throws Exception {
        List<String> command = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp", System.getProperty("java.class.path"), ServerInAnotherJvm.class.getName(), dataDir.toString());
        Process jvm = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.equals(READY)) {
                // Keep reading, or the other JVM would block once the pipe is full.
                Thread.ofVirtual().start(() -> output.lines().forEach(ignored -> { }));
                return jvm;
            }
            seen.append(line).append('\n');
        }
        jvm.waitFor(10, TimeUnit.SECONDS);
        throw new AssertionError("The other JVM ended before its server was ready:\n" + seen);
    }

    /**
     * In the other JVM: args[0] is the data directory. The server is deliberately never closed. A
     * failure ends the JVM, which its server's threads would otherwise keep alive while the test waits.
     */
    public static void main(String[] args) throws Exception {
        try {
            EmbeddedMariaDb server = EmbeddedMariaDb.start(
                    new EmbeddedDatabaseProperties(Path.of(args[0]), 0, DATABASE, false));
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "root", "");
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE note (text VARCHAR(100))");
                statement.execute("INSERT INTO note VALUES ('committed before kill -9')");
            }
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.out.println(READY);
        Thread.sleep(Long.MAX_VALUE);
    }
}
