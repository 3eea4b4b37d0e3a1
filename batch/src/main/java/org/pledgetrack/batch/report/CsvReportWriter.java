package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV in UTF-8 with one header row; numbers in plain notation, dates as ISO dates. */
final class CsvReportWriter implements ReportWriter {

    private CSVPrinter printer;

    @Override
    public void begin(ReportHeader header, OutputStream out) throws IOException {
        String[] headers = header.columns().stream().map(ReportColumn::header).toArray(String[]::new);
        printer = CSVFormat.RFC4180.builder().setHeader(headers).get()
                .print(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    @Override
    public void row(List<Object> values) throws IOException {
        for (Object value : values) {
            printer.print(value instanceof BigDecimal decimal ? decimal.toPlainString() : value);
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }
}
