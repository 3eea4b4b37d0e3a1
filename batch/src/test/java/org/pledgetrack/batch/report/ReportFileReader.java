package org.pledgetrack.batch.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Opens generated files with real readers and gives their rows as normalized text. */
final class ReportFileReader {

    private ReportFileReader() {
    }

    /** Header first, then the rows; numbers without trailing zeros. */
    static List<List<String>> csv(byte[] content) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(record.stream().map(ReportFileReader::normalize).toList());
            }
        }
        return rows;
    }

    static XSSFWorkbook xlsx(byte[] content) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(content));
    }

    /** The first sheet's rows; numeric cells must be typed numbers, dates typed dates. */
    static List<List<String>> rows(XSSFSheet sheet, int columns) {
        List<List<String>> rows = new ArrayList<>();
        for (Row row : sheet) {
            List<String> values = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                Cell cell = row.getCell(i);
                if (cell == null || cell.getCellType() == CellType.BLANK) {
                    values.add("");
                } else if (cell.getCellType() == CellType.NUMERIC) {
                    values.add(DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                            : normalize(BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString()));
                } else {
                    values.add(normalize(cell.getStringCellValue()));
                }
            }
            rows.add(values);
        }
        return rows;
    }

    static String pdfText(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static int pdfPages(byte[] content) throws IOException {
        try (PDDocument document = Loader.loadPDF(content)) {
            return document.getNumberOfPages();
        }
    }

    static String normalize(String value) {
        if (value == null) {
            return "";
        }
        if (value.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(value).stripTrailingZeros().toPlainString();
        }
        return value;
    }
}
