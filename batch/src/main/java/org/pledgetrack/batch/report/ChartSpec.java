package org.pledgetrack.batch.report;

/**
 * The bar chart of a PDF report: one bar per value of the category column, its length the number
 * of rows ({@code valueColumn} -1), the sum of a column, or its average.
 */
record ChartSpec(String title, int categoryColumn, int valueColumn, boolean average) {

    static ChartSpec countBy(String title, int categoryColumn) {
        return new ChartSpec(title, categoryColumn, -1, false);
    }

    static ChartSpec sumOf(String title, int categoryColumn, int valueColumn) {
        return new ChartSpec(title, categoryColumn, valueColumn, false);
    }

    static ChartSpec averageOf(String title, int categoryColumn, int valueColumn) {
        return new ChartSpec(title, categoryColumn, valueColumn, true);
    }
}
