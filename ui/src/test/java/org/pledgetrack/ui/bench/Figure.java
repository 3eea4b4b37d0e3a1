package org.pledgetrack.ui.bench;

import java.util.Locale;

/**
 * One line of the issue 7 bench table, printed in the tab-separated form {@code bench/run.sh}
 * collects: figure, value, the baseline measured in the same run, their ratio, target and verdict.
 */
record Figure(String number, String name, String value, String baselineName, String baseline, double ratio,
              String target, boolean passed) {

    String line() {
        return String.join("\t", "FIGURE", number, name, value, baselineName, baseline,
                String.format(Locale.US, "%.2f", ratio), target,
                passed ? "PASS" : "FAIL");
    }
}
