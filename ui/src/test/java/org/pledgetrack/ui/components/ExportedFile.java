package org.pledgetrack.ui.components;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.pledgetrack.core.report.ReportFormat;

/** An export read back, as tests compare it with the grid: the rows of its first sheet (or the CSV) as text. */
public final class ExportedFile {

    private ExportedFile() {
    }

    /** Every row of the XLSX's "Report" sheet, the header first, each cell as its format shows it. */
    public static List<List<String>> xlsxRows(GridExport<?> export) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.contents(ReportFormat.XLSX)))) {
            Sheet sheet = workbook.getSheet("Report");
            DataFormatter formatter = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    Cell cell = row.getCell(i);
                    cells.add(formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The "About" sheet's filters line. */
    public static String xlsxFilters(GridExport<?> export) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.contents(ReportFormat.XLSX)))) {
            return workbook.getSheet("About").getRow(2).getCell(1).getStringCellValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<CSVRecord> csvRows(GridExport<?> export) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(new String(export.contents(ReportFormat.CSV),
                    StandardCharsets.UTF_8))).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
