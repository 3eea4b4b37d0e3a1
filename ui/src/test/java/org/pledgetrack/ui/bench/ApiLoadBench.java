package org.pledgetrack.ui.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 5: the agency-status endpoint ({@code /api/v1/snapshots/agencies}: the status job's agency
 * rows of the latest date, 100 a page) under {@code clients} concurrent connections for a while,
 * driven by {@code wrk} in a process of its own (script {@code bench/api-load.lua}): each connection
 * asks for a random page with the overseer's token as soon as its last answer came. Latency
 * percentiles and errors: answers of 400 or more, socket errors, time-outs after 30 s (wrk's counts;
 * that the path answers 200, not a redirect, is checked before and after each run). Baseline:
 * the same load on a trivial authenticated endpoint (the overseer's report files, none), so that the
 * token check and the HTTP stack are visible. Figure 5b: the same load on {@code /api/v1/agencies},
 * the live agency list (pages kept in memory until the data changes), target p95 ≤ 100 ms. Both
 * figures are measured after a warm-up on the same endpoint: between two changes of the data, as a
 * server that has run a while answers; the first request for a page after a change computes it.
 */
final class ApiLoadBench {

    private static final double TARGET_P95_MS = 50;
    private static final double LIVE_TARGET_P95_MS = 100;
    private static final int PAGE_SIZE = 100;
    private static final String SNAPSHOT_PAGES = "/api/v1/snapshots/agencies?size=" + PAGE_SIZE + "&page=%d";
    private static final String AGENCY_PAGES = "/api/v1/agencies?size=" + PAGE_SIZE + "&page=%d";
    private static final String TRIVIAL = "/api/v1/reports?size=1&page=%d";

    private final String base;
    private final String token;
    private final int snapshotRows;
    private final int agencies;
    private final int clients;
    private final Path script;

    /**
     * @param token        an API token of an overseer
     * @param snapshotRows rows of the latest status snapshot (what the overseer pages through)
     * @param agencies     agencies in the live list
     */
    ApiLoadBench(URI base, String token, int snapshotRows, int agencies, int clients, Path script) {
        this.base = base.toString().replaceFirst("/$", "");
        this.token = token;
        this.snapshotRows = snapshotRows;
        this.agencies = agencies;
        this.clients = clients;
        this.script = script;
    }

    /** Figures 5 and 5b. */
    List<Figure> run(Duration duration, Duration infoDuration) {
        int snapshotPages = pages(snapshotRows);
        int agencyPages = pages(agencies);
        // the JIT, the connection pool and the kept answers warm up here, as on a server that has run a while
        wrk(Duration.ofSeconds(10), SNAPSHOT_PAGES, snapshotPages);
        wrk(Duration.ofSeconds(5), TRIVIAL, 1);
        Result baseline = wrk(duration, TRIVIAL, 1);
        Result agencyStatus = wrk(duration, SNAPSHOT_PAGES, snapshotPages);
        wrk(Duration.ofSeconds(10), AGENCY_PAGES, agencyPages);
        Result live = wrk(infoDuration, AGENCY_PAGES, agencyPages);
        String baselineName = "trivial authenticated endpoint /api/v1/reports?size=1, same load";
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("5", String.format(Locale.US,
                        "API agency status /api/v1/snapshots/agencies (random page of %d of %,d rows), %d connections, %d s (wrk)",
                        PAGE_SIZE, snapshotRows, clients, duration.toSeconds()), agencyStatus.summary(),
                baselineName, baseline.summary(), agencyStatus.p95 / baseline.p95, "p95 ≤ 50 ms, 0 errors",
                agencyStatus.p95 <= TARGET_P95_MS && agencyStatus.errors() == 0));
        figures.add(new Figure("5b", String.format(Locale.US,
                        "API live agency list /api/v1/agencies (random page of %d of %,d agencies), %d connections, %d s",
                        PAGE_SIZE, agencies, clients, infoDuration.toSeconds()), live.summary(),
                baselineName, baseline.summary(), live.p95 / baseline.p95, "p95 ≤ 100 ms, 0 errors",
                live.p95 <= LIVE_TARGET_P95_MS && live.errors() == 0));
        return figures;
    }

    private static int pages(int rows) {
        return Math.max(1, (rows + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Runs wrk for {@code duration} on random pages of {@code path} and reads its closing line. */
    private Result wrk(Duration duration, String path, int pages) {
        answers200(path);
        double load = loadAverage();
        List<String> command = List.of("wrk", "-t2", "-c" + clients, "-d" + duration.toSeconds() + "s", "--timeout",
                "30s", "-s", script.toString(), base, "--", token, path, Integer.toString(pages));
        try {
            Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!wrk.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || wrk.exitValue() != 0) {
                throw new IllegalStateException("wrk failed: " + output);
            }
            String line = output.lines().filter(l -> l.startsWith("WRK ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("wrk printed no result line: " + output));
            Map<String, Double> values = new HashMap<>();
            for (String pair : line.substring(4).split(" ")) {
                String[] keyValue = pair.split("=", 2);
                values.put(keyValue[0], Double.parseDouble(keyValue[1]));
            }
            Result result = new Result(values, load);
            answers200(path);
            System.err.printf(Locale.US, "wrk %s (%d s): %s%n", path, duration.toSeconds(), result.summary());
            return result;
        } catch (IOException e) {
            throw new IllegalStateException("Could not run wrk (Debian package wrk): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while wrk ran", e);
        }
    }

    /**
     * Refuses to count a path that does not answer 200 to the token: wrk counts answers of 400 or more
     * as errors, not a redirect (to a sign-in page, say) or another 1xx/3xx answer.
     */
    private void answers200(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + String.format(Locale.ROOT, path, 0)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status != 200) {
                throw new IllegalStateException(path + " answered " + status + ", not 200");
            }
        } catch (IOException e) {
            throw new IllegalStateException(path + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The machine's 1-minute load average when a measurement starts (the machine may be shared). */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static final class Result {

        final double p95;
        private final Map<String, Double> values;
        private final double load;

        Result(Map<String, Double> values, double load) {
            this.values = values;
            this.load = load;
            this.p95 = values.get("p95_ms");
        }

        long errors() {
            return Math.round(values.get("status_errors") + values.get("connect") + values.get("read")
                    + values.get("write") + values.get("timeout"));
        }

        String summary() {
            return String.format(Locale.US,
                    "p95 %.1f ms, p99 %.1f ms, median %.1f ms, %,d requests (%,.0f/s), %d errors; load average %.1f",
                    p95, values.get("p99_ms"), values.get("p50_ms"), Math.round(values.get("requests")),
                    values.get("requests") / values.get("seconds"), errors(), load);
        }
    }
}
