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

import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.openpdf.text.PageSize;
import org.pledgetrack.core.pledge.ScheduleStatus;

/**
 * The PDF table of a wide report (28 columns, like the agency status report) keeps every label,
 * number and word whole, and no text under 7 pt: PDFBox reads them back, with their font sizes.
 */
class PdfReportWriterTests {

    @Test
    void labelsNumbersAndWordsAreNeverBrokenInAWideTable() throws IOException {
        String text = ReportFileReader.pdfText(write(wideColumns(), wideRows(ScheduleStatus.values().length)));

        assertThat(text).contains("At risk", "On track", "Behind", "Complete", "TN0190100", "1234567", "2028-12-31",
                "Metropolitan", "Department", "Tennessee");
        assertThat(text.split("\\s+")).contains("100.00", "86.67", "Expected", "submitted", "verified")
                .doesNotContain("100.0", "100.", "BEHIN", "TN01901", "Metropoli");
    }

    @Test
    void aWideReportIsSplitIntoPartsOfReadableColumnsEachLedByTheRowsName() throws IOException {
        byte[] pdf = write(wideColumns(), wideRows(30));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            FontSizes sizes = new FontSizes();
            sizes.getText(document);
            assertThat(sizes.smallest).as("smallest text in points").isGreaterThanOrEqualTo(7f);

            List<String> partPages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains("columns, part")) {
                    partPages.add(text);
                }
            }
            // 30 rows: a block of 25 and one of 5, each on one page per part
            int parts = partPages.size() / 2;
            assertThat(parts).isBetween(2, 6);
            assertThat(partPages.getFirst()).contains("Rows 1–25 · columns, part 1 of " + parts, "ORI", "Schedule")
                .doesNotContain("2028-12-31");
            assertThat(partPages.get(parts - 1)).contains("part " + parts + " of " + parts, "2028-12-31")
                .doesNotContain("TN0190100");
            assertThat(partPages.get(parts)).contains("Rows 26–30 · columns, part 1 of " + parts);
            for (String page : partPages) {
                assertThat(page).contains("Agency", "Metropolitan");
            }
        }
    }

    @Test
    void everyPartFitsAtSevenPointsOrMoreAndTheColumnsAppearOnceBesidesTheFirst() {
        List<ReportColumn> columns = wideColumns();
        List<PdfColumnLayout> parts = PdfColumnLayout.split(columns, PageSize.A4.rotate().getWidth() - 72);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> {
            assertThat(part.fontSize()).isGreaterThanOrEqualTo(PdfColumnLayout.READABLE_FONT);
            assertThat(part.positions()[0]).isZero();
        });
        assertThat(parts.stream().flatMapToInt(part -> Arrays.stream(part.positions()).skip(1)).toArray())
                .containsExactly(IntStream.range(1, columns.size()).toArray());
    }

    private static List<ReportColumn> wideColumns() {
        List<ReportColumn> columns = new ArrayList<>(List.of(ReportColumn.text("Agency", 34),
                ReportColumn.text("ORI", 14), ReportColumn.labelled("Schedule status", ScheduleStatus.class,
                        ScheduleStatus::label), ReportColumn.integer("Items in pledge"),
                ReportColumn.percent("% verified"), ReportColumn.percent("Expected % by now")));
        for (int i = 0; i < 21; i++) {
            columns.add(ReportColumn.percent("% submitted or verified " + i));
        }
        columns.add(ReportColumn.date("Target date"));
        return columns;
    }

    private static List<List<Object>> wideRows(int count) {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            ScheduleStatus status = ScheduleStatus.values()[n % ScheduleStatus.values().length];
            List<Object> row = new ArrayList<>(Arrays.asList("Metropolitan Nashville Police Department of Davidson"
                    + " County Tennessee", "TN0190100", status.label(), 1_234_567L, new BigDecimal("100.00"),
                    new BigDecimal("86.67")));
            for (int i = 0; i < 21; i++) {
                row.add(new BigDecimal("100.00"));
            }
            row.add(LocalDate.of(2028, 12, 31));
            rows.add(row);
        }
        return rows;
    }

    /** The smallest font size of any text on the pages read, in points as printed. */
    private static final class FontSizes extends PDFTextStripper {

        float smallest = Float.MAX_VALUE;

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition position : positions) {
                if (!position.getUnicode().isBlank()) {
                    smallest = Math.min(smallest, position.getFontSizeInPt());
                }
            }
            super.writeString(text, positions);
        }
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
