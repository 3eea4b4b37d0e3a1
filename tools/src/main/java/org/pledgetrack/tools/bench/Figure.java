package org.pledgetrack.tools.bench;

import java.util.Locale;

/**
 * One result line of the benchmark harness, in the tab-separated form {@code bench/run.sh}
 * collects: figure, name, value, baseline name, baseline value, ratio, target, PASS or FAIL.
 */
record Figure(String number, String name, String value, String baselineName, String baselineValue, double ratio,
              String target, boolean passed) {

    String line() {
        return String.join("\t", "FIGURE", number, name, value, baselineName, baselineValue,
                String.format(Locale.ROOT, "%.3f", ratio), target, passed ? "PASS" : "FAIL");
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.0f ms", nanos / 1e6);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }
}
