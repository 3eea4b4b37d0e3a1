package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV in UTF-8 with one header row and the rows only (the summary rows are in the XLSX and
 * PDF, so that every line of the CSV is a row of the same kind). Every report type is written here,
 * so every text cell passes {@link CsvFormulaGuard}. Text cells are always quoted, numbers never:
 * a spreadsheet then keeps a guarded cell whole as text and reads numbers as numbers.
 */
final class CsvReportWriter implements ReportWriter {

    private CSVPrinter printer;

    @Override
    public void begin(ReportHeader header, OutputStream out) throws IOException {
        printer = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        for (ReportColumn column : header.columns()) {
            printer.print(CsvFormulaGuard.text(column.header()));
        }
        printer.println();
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (Object value : values) {
            printer.print(switch (value) {
                case null -> null;
                // a typed number from a numeric column (the reader gives decimals their column's scale, so
                // they print in plain notation); never guarded, never quoted
                case Number number -> number;
                case LocalDate date -> date.toString();
                default -> CsvFormulaGuard.text(value.toString());
            });
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
