package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX written with POI's streaming SXSSF workbook: only {@value #WINDOW} rows stay in memory,
 * the rest go to a temporary file. Numbers and dates are typed cells and text is always a text cell
 * (never a formula, whatever it starts with); the header row is bold, frozen and carries an
 * auto-filter. A "Summary" sheet holds the summary rows under the same headers (apart from the rows,
 * so sorting and filtering the rows never mixes them in), and an "About" sheet says what the report
 * is and when its numbers were computed.
 */
final class XlsxReportWriter implements ReportWriter {

    static final int WINDOW = 100;

    private SXSSFWorkbook workbook;
    private SXSSFSheet sheet;
    private OutputStream out;
    private List<ReportColumn> columns;
    private CellStyle[] styles;
    private int nextRow;

    @Override
    public void begin(ReportHeader header, OutputStream out) {
        this.out = out;
        this.columns = header.columns();
        workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("Report");
        styles = columns.stream().map(c -> styleFor(c.kind())).toArray(CellStyle[]::new);
        CellStyle headerStyle = headerStyle();
        headerRow(sheet, headerStyle);
        nextRow = 1;
        sheet.createFreezePane(0, 1);
        printOnePageWide();
        summarySheet(header, headerStyle);
        aboutSheet(header);
    }

    @Override
    public void row(List<Object> values) {
        writeRow(sheet, nextRow++, values);
    }

    private void headerRow(SXSSFSheet target, CellStyle headerStyle) {
        Row row = target.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(headerStyle);
            target.setColumnWidth(i, Math.min(255, columns.get(i).width() + 2) * 256);
        }
    }

    private void writeRow(SXSSFSheet target, int index, List<Object> values) {
        Row row = target.createRow(index);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            switch (value) {
                case BigDecimal decimal -> cell.setCellValue(decimal.doubleValue());
                case Number number -> cell.setCellValue(number.doubleValue());
                case LocalDate date -> cell.setCellValue(date);
                default -> cell.setCellValue(value.toString());
            }
            cell.setCellStyle(styles[i]);
        }
    }

    @Override
    public void finish() throws IOException {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        workbook.write(out);
        out.flush();
        workbook.close();
    }

    @Override
    public void abort() {
        try {
            if (workbook != null) {
                workbook.close();
            }
        } catch (IOException ignored) {
            // the temporary files are deleted on close; a failure here leaves nothing we could fix
        }
    }

    /** Printed (or converted to PDF) landscape, all columns on one page width, header on every page. */
    private void printOnePageWide() {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns.size() - 1));
    }

    private void summarySheet(ReportHeader header, CellStyle headerStyle) {
        if (header.summaryRows().isEmpty()) {
            return;
        }
        SXSSFSheet summary = workbook.createSheet("Summary");
        headerRow(summary, headerStyle);
        for (int i = 0; i < header.summaryRows().size(); i++) {
            writeRow(summary, i + 1, header.summaryRows().get(i));
        }
    }

    private void aboutSheet(ReportHeader header) {
        SXSSFSheet about = workbook.createSheet("About");
        about.setColumnWidth(0, 18 * 256);
        about.setColumnWidth(1, 80 * 256);
        String[][] lines = {
                {"Report", header.title()},
                {"As-of date", header.asOf().toString()},
                {"Filters", header.filtersText()},
                {"Numbers computed", header.computedAt() == null ? "When the file was generated, from the records"
                        + " as they stood on the as-of date" : utc(header.computedAt())},
                {"Generated", utc(header.generatedAt())},
                {"Summary", ReportHeader.SUMMARY_NOTE}};
        for (int i = 0; i < lines.length; i++) {
            Row row = about.createRow(i);
            row.createCell(0).setCellValue(lines[i][0]);
            row.createCell(1).setCellValue(lines[i][1]);
        }
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC).withNano(0).toLocalDateTime())
                + " UTC";
    }

    private CellStyle headerStyle() {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }

    private CellStyle styleFor(ColumnKind kind) {
        CellStyle style = workbook.createCellStyle();
        String format = switch (kind) {
            case INTEGER -> "0";
            case DECIMAL, PERCENT -> "0.00";
            case DATE -> "yyyy-mm-dd";
            case TEXT -> "@";
        };
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
