package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.report.ReportFormat;

/** A screen's table written by the report writers: the same formula guard and typed cells as a report. */
class TableFileTests {

    private static final List<TableFile.Column> COLUMNS = List.of(new TableFile.Column("Agency", ColumnKind.TEXT),
            new TableFile.Column("Waiting", ColumnKind.INTEGER), new TableFile.Column("Signed", ColumnKind.DATE));
    private static final List<List<Object>> ROWS = List.of(
            Arrays.asList("=HYPERLINK(\"http://evil\")", 3, LocalDate.of(2025, 3, 3)),
            Arrays.asList("Dayton Police Department", -2, null));

    @Test
    void csvGuardsTextThatStartsAFormulaAndKeepsNumbersNumbers() throws IOException {
        String csv = new String(write(ReportFormat.CSV), StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly("\"Agency\",\"Waiting\",\"Signed\"",
                "\"'=HYPERLINK(\"\"http://evil\"\")\",3,\"2025-03-03\"", "\"Dayton Police Department\",-2,");
    }

    @Test
    void xlsxHasTypedCellsAndTheFiltersOnItsAboutSheet() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheet("Report");
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo("2025-03-03");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheet("About").getRow(2).getCell(1).getStringCellValue()).isEqualTo("state KS");
        }
    }

    @Test
    void pdfIsNotAScreenExport() {
        assertThatThrownBy(() -> write(ReportFormat.PDF)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] write(ReportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFile.write(format, "Agencies", "state KS", COLUMNS, ROWS.iterator(), LocalDate.of(2026, 12, 7),
                Instant.parse("2026-12-07T12:00:00Z"), out);
        return out.toByteArray();
    }
}
