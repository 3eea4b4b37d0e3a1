package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.pledgetrack.core.report.ReportFormat;

/**
 * A table as a user sees it on a screen (a grid's rows, filtered and sorted as shown) written as a
 * CSV or XLSX file by the reports' own writers, so an export keeps the reports' rules: CSV text
 * cells guarded against formulas, typed number and date cells in the XLSX, an "About" sheet with the
 * filters.
 */
public final class TableFile {

    /** A column: its header and how its values are typed. Values are {@code Number}, {@code LocalDate} or text. */
    public record Column(String header, ColumnKind kind) {
    }

    private static final int TEXT_WIDTH = 30;

    private TableFile() {
    }

    /**
     * Writes {@code rows} (one value per column, null for an empty cell) to {@code out} as CSV or XLSX;
     * does not close {@code out}.
     *
     * @param filtersText the screen's filters and sort in words, for the XLSX's "About" sheet
     */
    public static void write(ReportFormat format, String title, String filtersText, List<Column> columns,
                             Iterator<List<Object>> rows, LocalDate asOf, Instant generatedAt, OutputStream out)
            throws IOException {
        ReportWriter writer = switch (format) {
            case CSV -> new CsvReportWriter();
            case XLSX -> new XlsxReportWriter();
            case PDF, ZIP -> throw new IllegalArgumentException("Screens are exported as CSV or XLSX, not " + format);
        };
        List<ReportColumn> reportColumns = columns.stream().map(TableFile::reportColumn).toList();
        try {
            writer.begin(new ReportHeader(title, asOf, filtersText, null, generatedAt, reportColumns, null, List.of()), out);
            while (rows.hasNext()) {
                writer.row(rows.next());
            }
            writer.finish();
        } catch (IOException | RuntimeException e) {
            writer.abort();
            throw e;
        }
    }

    private static ReportColumn reportColumn(Column column) {
        return switch (column.kind()) {
            case TEXT -> new ReportColumn(column.header(), ColumnKind.TEXT, Math.max(TEXT_WIDTH, column.header().length()),
                    Map.of());
            case INTEGER -> ReportColumn.integer(column.header());
            case DECIMAL -> ReportColumn.decimal(column.header());
            case PERCENT -> ReportColumn.percent(column.header());
            case DATE -> ReportColumn.date(column.header());
        };
    }
}
