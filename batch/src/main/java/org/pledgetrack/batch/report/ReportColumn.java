package org.pledgetrack.batch.report;

/** One column of a report: its header, its type and its width in characters. */
record ReportColumn(String header, ColumnKind kind, int width) {

    static ReportColumn text(String header, int width) {
        return new ReportColumn(header, ColumnKind.TEXT, width);
    }

    static ReportColumn integer(String header) {
        return new ReportColumn(header, ColumnKind.INTEGER, numberWidth(header));
    }

    static ReportColumn decimal(String header) {
        return new ReportColumn(header, ColumnKind.DECIMAL, numberWidth(header));
    }

    static ReportColumn percent(String header) {
        return new ReportColumn(header, ColumnKind.PERCENT, numberWidth(header));
    }

    /** Numbers are short: a long header wraps rather than widening the column. */
    private static int numberWidth(String header) {
        return Math.min(13, Math.max(11, header.length() + 4));
    }

    static ReportColumn date(String header) {
        return new ReportColumn(header, ColumnKind.DATE, 12);
    }
}
