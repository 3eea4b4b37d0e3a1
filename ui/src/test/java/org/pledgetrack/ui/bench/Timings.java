package org.pledgetrack.ui.bench;

import java.util.Arrays;
import java.util.Locale;

/** Wall times of repeated runs of one action, after warm-up runs that are not kept. */
final class Timings {

    private final double[] millis;

    private Timings(double[] millis) {
        this.millis = millis.clone();
        Arrays.sort(this.millis);
    }

    /**
     * Runs {@code before} then {@code action}, {@code warmUps} times without keeping the time, then
     * {@code runs} times timing {@code action} alone.
     */
    static Timings of(int warmUps, int runs, Runnable before, Runnable action) {
        for (int i = 0; i < warmUps; i++) {
            before.run();
            action.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            before.run();
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return new Timings(millis);
    }

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    int count() {
        return millis.length;
    }

    /** Nearest-rank percentile: the smallest time that at least {@code p}% of the runs did not exceed. */
    double percentile(double p) {
        int rank = (int) Math.ceil(p / 100 * millis.length);
        return millis[Math.max(0, rank - 1)];
    }

    /** E.g. "p95 41.2 ms (median 35.0 ms, n=30)". */
    String summary() {
        return String.format(Locale.US, "p95 %.1f ms (median %.1f ms, n=%d)", p95(), median(), count());
    }
}
