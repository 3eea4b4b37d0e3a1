package org.pledgetrack.batch.report;

/** How a report column's values are typed in every format (numbers stay numbers in the XLSX). */
public enum ColumnKind {
    TEXT, INTEGER, DECIMAL, PERCENT, DATE;

    boolean numeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }
}
