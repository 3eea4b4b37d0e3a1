package org.pledgetrack.ui.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.pledgetrack.core.apitoken.ApiTokenService;

/**
 * Figure 5: the agency-status endpoint ({@code /api/v1/agencies}, pledge progress of every agency,
 * 100 a page) under {@code clients} concurrent clients on virtual threads for a while, each asking
 * for a random page with the overseer's token as soon as its last answer came; latency percentiles
 * and errors (anything but 200, or no answer). Baseline: the same load on a trivial authenticated
 * endpoint (the overseer's report files, none), so that token check and HTTP cost are visible.
 */
final class ApiLoadBench {

    private static final double TARGET_P95_MS = 50;
    private static final int PAGE_SIZE = 100;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String token;
    private final int agencies;
    private final int clients;

    ApiLoadBench(URI base, BenchAccounts accounts, ApiTokenService tokens, int agencies, int clients) {
        this.base = base;
        this.token = tokens.create(accounts.user(accounts.overseer), "bench " + System.currentTimeMillis(), 1).secret();
        this.agencies = agencies;
        this.clients = clients;
    }

    Figure run(Duration duration, Duration baselineDuration) {
        int pages = Math.max(1, (agencies + PAGE_SIZE - 1) / PAGE_SIZE);
        load(Duration.ofSeconds(10), page -> "api/v1/agencies?page=" + page % pages + "&size=" + PAGE_SIZE);
        Result baseline = load(baselineDuration, page -> "api/v1/reports?size=1");
        Result agencyStatus = load(duration, page -> "api/v1/agencies?page=" + page % pages + "&size=" + PAGE_SIZE);
        return new Figure("5", String.format(Locale.US, "API /api/v1/agencies (random page of %d), %d clients, %d s",
                PAGE_SIZE, clients, duration.toSeconds()), agencyStatus.summary(),
                "trivial authenticated endpoint /api/v1/reports", baseline.summary(),
                agencyStatus.latencies.p95() / baseline.latencies.p95(), "p95 ≤ 50 ms, 0 errors",
                agencyStatus.latencies.p95() <= TARGET_P95_MS && agencyStatus.errors == 0);
    }

    private Result load(Duration duration, IntFunction<String> path) {
        ConcurrentLinkedQueue<Double> millis = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int client = 0; client < clients; client++) {
                threads.submit(() -> {
                    while (System.nanoTime() < end) {
                        HttpRequest request = HttpRequest.newBuilder(base.resolve(path.apply(
                                        ThreadLocalRandom.current().nextInt(Integer.MAX_VALUE))))
                                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build();
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> reply = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            if (reply.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                        millis.add((System.nanoTime() - start) / 1e6);
                    }
                    return null;
                });
            }
        }
        return new Result(Timings.of(millis.stream().mapToDouble(Double::doubleValue).toArray()), errors.get(),
                duration);
    }

    private record Result(Timings latencies, long errors, Duration duration) {

        String summary() {
            return String.format(Locale.US, "p95 %.1f ms, p99 %.1f ms, median %.1f ms, %d requests (%.0f/s), %d errors",
                    latencies.p95(), latencies.p99(), latencies.median(), latencies.count(),
                    latencies.count() / (double) duration.toSeconds(), errors);
        }
    }
}
