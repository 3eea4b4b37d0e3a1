package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one CSV writer of every report type: formulas in text are defused, numbers stay numbers. */
class CsvReportWriterTests {

    private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.text("Name", 20),
            ReportColumn.integer("Days"), ReportColumn.percent("% verified"), ReportColumn.date("Due"));

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"=HYPERLINK(\"http://evil.example/?x\",\"Click\")", "+1+2", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "=1", "-"})
    void textStartingAFormulaIsPrefixedWithAQuoteAndQuoted(String hostile) throws IOException {
        String csv = write(Arrays.asList(hostile, 3L, new BigDecimal("40.00"), LocalDate.of(2028, 2, 1)));

        String quoted = "\"'" + hostile.replace("\"", "\"\"") + "\"";
        assertThat(csv).contains("\r\n" + quoted + ",3,40.00,\"2028-02-01\"\r\n");
        assertThat(ReportFileReader.csv(csv.getBytes(StandardCharsets.UTF_8)).get(1).getFirst())
                .isEqualTo("'" + hostile);
    }

    @Test
    void harmlessTextIsKeptAsItIsButQuoted() throws IOException {
        String csv = write(Arrays.asList("Wichita Police Department, KS", 0L, new BigDecimal("100.00"), null));

        assertThat(csv).endsWith("\r\n\"Wichita Police Department, KS\",0,100.00,\r\n");
    }

    @Test
    void negativeNumbersAreNumbersNotFormulas() throws IOException {
        String csv = write(Arrays.asList("-5", -5L, new BigDecimal("-12.50"), null));

        assertThat(csv).contains("\"'-5\",-5,-12.50,");
    }

    @Test
    void headerRowNamesTheColumns() throws IOException {
        String csv = write(Arrays.asList("x", 1L, BigDecimal.ONE, null));

        assertThat(csv).startsWith("\"Name\",\"Days\",\"% verified\",\"Due\"\r\n");
    }

    private static String write(List<Object> row) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvReportWriter writer = new CsvReportWriter();
        writer.begin(new ReportHeader("Test", LocalDate.of(2028, 2, 20), "None", null, Instant.EPOCH, COLUMNS,
                ChartSpec.countBy("Rows", 0), List.of()), out);
        writer.row(row);
        writer.finish();
        return out.toString(StandardCharsets.UTF_8);
    }
}
