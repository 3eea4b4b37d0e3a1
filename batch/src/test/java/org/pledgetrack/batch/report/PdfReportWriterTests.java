package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.pledge.ScheduleStatus;

/**
 * The PDF table of a wide report (28 columns, like the agency status report) keeps every label,
 * number and word whole: PDFBox reads them back on one line each.
 */
class PdfReportWriterTests {

    @Test
    void labelsNumbersAndWordsAreNeverBrokenInAWideTable() throws IOException {
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text("Agency", 34),
                ReportColumn.text("ORI", 14), ReportColumn.labelled("Schedule status", ScheduleStatus.class,
                        ScheduleStatus::label), ReportColumn.integer("Items in pledge"),
                ReportColumn.percent("% verified"), ReportColumn.percent("Expected % by now")));
        for (int i = 0; i < 21; i++) {
            columns.add(ReportColumn.percent("% submitted or verified " + i));
        }
        columns.add(ReportColumn.date("Target date"));
        List<List<Object>> rows = new ArrayList<>();
        for (ScheduleStatus status : ScheduleStatus.values()) {
            List<Object> row = new ArrayList<>(Arrays.asList("Metropolitan Nashville Police Department of Davidson"
                    + " County Tennessee", "TN0190100", status.label(), 1_234_567L, new BigDecimal("100.00"),
                    new BigDecimal("86.67")));
            for (int i = 0; i < 21; i++) {
                row.add(new BigDecimal("100.00"));
            }
            row.add(LocalDate.of(2028, 12, 31));
            rows.add(row);
        }

        String text = ReportFileReader.pdfText(write(columns, rows));

        assertThat(text).contains("At risk", "On track", "Behind", "Complete", "TN0190100", "1234567", "2028-12-31",
                "Metropolitan", "Department", "Tennessee");
        assertThat(text.split("\\s+")).contains("100.00", "86.67", "Expected", "submitted", "verified")
                .doesNotContain("100.0", "100.", "BEHIN", "TN01901", "Metropoli");
    }

    private static byte[] write(List<ReportColumn> columns, List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReportWriter writer = new PdfReportWriter();
        writer.begin(new ReportHeader("Wide report", LocalDate.of(2028, 2, 20), "None", Instant.EPOCH, Instant.EPOCH,
                columns, ChartSpec.countBy("Rows by status", 2), List.of()), out);
        for (List<Object> row : rows) {
            writer.row(row);
        }
        writer.finish();
        return out.toByteArray();
    }
}
