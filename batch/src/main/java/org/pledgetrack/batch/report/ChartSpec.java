package org.pledgetrack.batch.report;

import java.util.List;

/**
 * The bar chart of a PDF report: one bar per value of the category column, its length the number
 * of rows ({@code valueColumn} -1), the sum of a column, or its average. When {@code onlyColumn}
 * is not -1, only rows whose value there equals {@code onlyValue} count (e.g. national rows only).
 */
record ChartSpec(String title, int categoryColumn, int valueColumn, boolean average, int onlyColumn,
                 String onlyValue) {

    static ChartSpec countBy(String title, int categoryColumn) {
        return new ChartSpec(title, categoryColumn, -1, false, -1, null);
    }

    static ChartSpec sumOf(String title, int categoryColumn, int valueColumn) {
        return new ChartSpec(title, categoryColumn, valueColumn, false, -1, null);
    }

    static ChartSpec averageOf(String title, int categoryColumn, int valueColumn) {
        return new ChartSpec(title, categoryColumn, valueColumn, true, -1, null);
    }

    /** The same chart drawn from the rows whose {@code column} holds {@code value} only. */
    ChartSpec onlyWhere(int column, String value) {
        return new ChartSpec(title, categoryColumn, valueColumn, average, column, value);
    }

    boolean counts(List<Object> row) {
        return onlyColumn < 0 || onlyValue.equals(row.get(onlyColumn));
    }
}
