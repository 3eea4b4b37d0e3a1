package org.pledgetrack.batch.report;

/**
 * SQL for ratios of summed counts, rounded to two decimals half up exactly as the status jobs round
 * ({@code ScheduleRule.percent}), so a summary row recomputed from agency rows equals the job's
 * roll-up row. Integer arithmetic only: a decimal division would round at its fourth decimal first,
 * and rounding twice can differ from rounding once. NULL when the denominator is 0.
 */
final class SqlRatio {

    private SqlRatio() {
    }

    /** {@code part} as a percentage of {@code total}; both are whole numbers. */
    static String percent(String part, String total) {
        return twoDecimals("10000 * (" + part + ")", total);
    }

    /** {@code numerator} (at most two decimals) divided by the whole number {@code denominator}. */
    static String quotient(String numerator, String denominator) {
        return twoDecimals("100 * (" + numerator + ")", denominator);
    }

    /** round(hundredths / denominator) / 100, with round(x / d) = floor((2x + d) / 2d) for x, d >= 0. */
    private static String twoDecimals(String hundredths, String denominator) {
        String d = "CAST(NULLIF(" + denominator + ", 0) AS SIGNED)";
        return "CAST(((2 * CAST(" + hundredths + " AS SIGNED) + " + d + ") DIV (2 * " + d + ")) / 100"
                + " AS DECIMAL(12, 2))";
    }
}
