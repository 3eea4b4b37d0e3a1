package org.pledgetrack.batch.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One column of a report: its header, its type, its share of the width in characters and, for a
 * column of stored codes, the label each code is shown as ({@code labels} empty otherwise).
 */
record ReportColumn(String header, ColumnKind kind, int width, Map<String, String> labels) {

    static ReportColumn text(String header, int width) {
        return new ReportColumn(header, ColumnKind.TEXT, width, Map.of());
    }

    /** A column of an enum's names, shown as the enum's labels ("AT_RISK" reads "At risk"). */
    static <E extends Enum<E>> ReportColumn labelled(String header, Class<E> codes, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(codes.getEnumConstants()).forEach(code -> labels.put(code.name(), label.apply(code)));
        return labelled(header, labels);
    }

    static ReportColumn labelled(String header, Map<String, String> labels) {
        int widest = labels.values().stream().mapToInt(String::length).max().orElse(header.length());
        return new ReportColumn(header, ColumnKind.TEXT, widest, Map.copyOf(labels));
    }

    static ReportColumn integer(String header) {
        return new ReportColumn(header, ColumnKind.INTEGER, numberWidth(header), Map.of());
    }

    static ReportColumn decimal(String header) {
        return new ReportColumn(header, ColumnKind.DECIMAL, numberWidth(header), Map.of());
    }

    static ReportColumn percent(String header) {
        return new ReportColumn(header, ColumnKind.PERCENT, numberWidth(header), Map.of());
    }

    /** Numbers are short: a long header wraps rather than widening the column. */
    private static int numberWidth(String header) {
        return Math.min(13, Math.max(11, header.length() + 4));
    }

    static ReportColumn date(String header) {
        return new ReportColumn(header, ColumnKind.DATE, 12, Map.of());
    }

    /**
     * The value as people read it: a code's label. A code without a label (written by a newer
     * version, say) is shown as stored rather than failing the whole report.
     */
    String show(String value) {
        return value == null ? null : labels.getOrDefault(value, value);
    }
}
