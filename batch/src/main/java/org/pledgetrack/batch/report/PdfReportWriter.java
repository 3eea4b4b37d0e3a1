package org.pledgetrack.batch.report;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * A PDF in A4 landscape: a title page (report, as-of date, when the numbers were computed, filters),
 * the rows, then the summary rows in the same columns and a bar chart drawn as vector graphics.
 * Columns are sized by {@link PdfColumnLayout}, so words and numbers are never broken and no text is
 * under 7 pt. When the columns fit one table, the rows are one table whose header repeats on every
 * page, flushed every {@value #FLUSH_ROWS} rows (so memory stays constant). When they do not, the
 * rows go in blocks of {@value #BLOCK_ROWS}, about a page: each block on one page per part of the
 * columns, every part led by the row's name, so a reader turns the page to see the same rows' other
 * columns (memory holds one block). Every page is numbered "Page n of m".
 */
final class PdfReportWriter implements ReportWriter {

    private static final int FLUSH_ROWS = 100;
    private static final int BLOCK_ROWS = 25;
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");
    private static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 11, Font.NORMAL);
    /** Below this much room the chart starts on a page of its own. */
    private static final float CHART_MIN_HEIGHT = 200;
    private static final Color HEADER_BACKGROUND = new Color(0xE0, 0xE6, 0xEE);

    private Document document;
    private PdfWriter writer;
    private ReportHeader header;
    private List<PdfColumnLayout> parts;
    /** The one table while the columns fit one; null when they are split into parts. */
    private PdfPTable table;
    /** The rows not yet written, when the columns are split into parts. */
    private final List<List<Object>> block = new ArrayList<>();
    private int rowsWritten;
    private ChartBars bars;
    /** Cell fonts by size: nearly every cell has the table's size, a few long words a smaller one. */
    private final Map<Float, Font> fonts = new HashMap<>();
    private int rowsSinceFlush;

    @Override
    public void begin(ReportHeader header, OutputStream out) throws IOException {
        this.header = header;
        this.bars = new ChartBars(header.chart());
        document = new Document(PageSize.A4.rotate(), 36, 36, 40, 44);
        parts = PdfColumnLayout.split(header.columns(), document.right() - document.left());
        writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setPageEvent(new PageNumbers());
        document.addTitle(header.title());
        document.open();
        titlePage();
        document.newPage();
        document.add(new Paragraph("Rows", HEADING));
        if (parts.size() == 1) {
            table = newTable(parts.getFirst());
        } else {
            document.add(new Paragraph("The columns are in " + parts.size() + " parts, each on a page of its own "
                    + "for the same rows and each starting with the " + header.columns().getFirst().header()
                    + " column.", TEXT));
        }
    }

    @Override
    public void row(List<Object> values) {
        bars.add(values);
        if (table == null) {
            block.add(values);
            if (block.size() == BLOCK_ROWS) {
                writeBlock();
            }
            return;
        }
        addRow(table, parts.getFirst(), values);
        if (++rowsSinceFlush >= FLUSH_ROWS) {
            document.add(table); // a table marked incomplete hands its rows to the page and forgets them
            rowsSinceFlush = 0;
        }
    }

    @Override
    public void finish() {
        if (table == null) {
            writeBlock();
        } else {
            table.setComplete(true);
            document.add(table);
        }
        document.newPage();
        summaryPage();
        document.close();
    }

    /** The block's rows, once per part of the columns, each part from a new page. */
    private void writeBlock() {
        if (block.isEmpty()) {
            return;
        }
        for (int part = 0; part < parts.size(); part++) {
            if (rowsWritten > 0 || part > 0) {
                document.newPage();
            }
            document.add(new Paragraph("Rows %,d–%,d · columns, part %d of %d".formatted(rowsWritten + 1,
                    rowsWritten + block.size(), part + 1, parts.size()), TEXT));
            document.add(table(parts.get(part), block));
        }
        rowsWritten += block.size();
        block.clear();
    }

    private PdfPTable table(PdfColumnLayout part, List<List<Object>> rows) {
        PdfPTable complete = newTable(part);
        rows.forEach(row -> addRow(complete, part, row));
        complete.setComplete(true);
        return complete;
    }

    @Override
    public void abort() {
        if (document != null && document.isOpen()) {
            try {
                document.close();
            } catch (RuntimeException ignored) {
                // the file is deleted by the caller anyway
            }
        }
    }

    private void titlePage() {
        Paragraph title = new Paragraph(header.title(), TITLE);
        title.setSpacingBefore(120);
        title.setSpacingAfter(24);
        document.add(title);
        document.add(new Paragraph("As of " + LONG_DATE.format(header.asOf()), HEADING));
        document.add(new Paragraph(" "));
        document.add(new Paragraph(header.computedAt() == null
                ? "Numbers computed when this file was generated, from the records as they stood on the as-of date"
                : "Numbers computed " + dateTime(header.computedAt()) + " (the status snapshot of the as-of date)", TEXT));
        document.add(new Paragraph("Filters: " + header.filtersText(), TEXT));
        document.add(new Paragraph("Generated " + dateTime(header.generatedAt()) + " by pledgetrack", TEXT));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("The rows follow on the next pages; the summary rows and the chart are on the "
                + "last page.", TEXT));
    }

    private static String dateTime(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm").format(instant.atOffset(ZoneOffset.UTC)) + " UTC";
    }

    private PdfPTable newTable(PdfColumnLayout layout) {
        List<ReportColumn> columns = layout.columns();
        PdfPTable newTable = new PdfPTable(columns.size());
        newTable.setTotalWidth(layout.widths());
        newTable.setLockedWidth(true);
        newTable.setHeaderRows(1);
        newTable.setComplete(false);
        newTable.setSpacingBefore(8);
        Font bold = new Font(Font.HELVETICA, layout.fontSize(), Font.BOLD);
        for (ReportColumn column : columns) {
            PdfPCell cell = cell(column.header(), bold, false);
            cell.setBackgroundColor(HEADER_BACKGROUND);
            newTable.addCell(cell);
        }
        return newTable;
    }

    private void addRow(PdfPTable target, PdfColumnLayout layout, List<Object> values) {
        int[] positions = layout.positions();
        for (int i = 0; i < positions.length; i++) {
            String text = format(values.get(positions[i]));
            Font font = fonts.computeIfAbsent(layout.fontSizeFor(i, text), size -> new Font(Font.HELVETICA, size));
            target.addCell(cell(text, font, layout.columns().get(i).kind().numeric()));
        }
    }

    private void summaryPage() {
        document.add(new Paragraph("Summary", HEADING));
        document.add(new Paragraph("Rows in this report: " + bars.rows(), TEXT));
        if (!header.summaryRows().isEmpty()) {
            for (PdfColumnLayout part : parts) {
                document.add(table(part, header.summaryRows()));
            }
            document.add(new Paragraph(ReportHeader.SUMMARY_NOTE, new Font(Font.HELVETICA, 8, Font.ITALIC)));
        }
        document.add(new Paragraph(" "));
        if (writer.getVerticalPosition(true) - document.bottom() < CHART_MIN_HEIGHT) {
            document.newPage();
        }
        document.add(new Paragraph(header.chart().title(), HEADING));
        float top = writer.getVerticalPosition(true) - 10;
        new BarChart(writer.getDirectContent()).draw(bars.bars(), document.left(), top,
                document.right() - document.left(), top - document.bottom() - 10);
    }

    private static PdfPCell cell(String text, Font font, boolean right) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        cell.setPadding(PdfColumnLayout.PADDING);
        cell.setBorderColor(new Color(0xC8, 0xCE, 0xD6));
        return cell;
    }

    private static String format(Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal decimal -> decimal.toPlainString();
            default -> value.toString();
        };
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format("%.2f", value);
    }

    /** Writes "Page n of m" at the foot of each page; m is filled in when the document closes. */
    private static final class PageNumbers extends org.openpdf.text.pdf.PdfPageEventHelper {

        private static final Font FOOT = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);
        private org.openpdf.text.pdf.PdfTemplate total;

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            total = writer.getDirectContent().createTemplate(40, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            org.openpdf.text.pdf.PdfContentByte canvas = writer.getDirectContent();
            String text = "Page " + writer.getPageNumber() + " of ";
            org.openpdf.text.pdf.BaseFont font = FOOT.getCalculatedBaseFont(false);
            float width = font.getWidthPoint(text, 8);
            float x = (document.right() + document.left()) / 2 - width / 2;
            canvas.beginText();
            canvas.setFontAndSize(font, 8);
            canvas.setColorFill(Color.DARK_GRAY);
            canvas.setTextMatrix(x, 20);
            canvas.showText(text);
            canvas.endText();
            canvas.addTemplate(total, x + width, 20);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            total.beginText();
            total.setFontAndSize(FOOT.getCalculatedBaseFont(false), 8);
            total.setColorFill(Color.DARK_GRAY);
            total.setTextMatrix(0, 0);
            total.showText(Integer.toString(writer.getPageNumber() - 1));
            total.endText();
        }
    }

    /** Horizontal bars with their labels and values, drawn as vector graphics. */
    private record BarChart(org.openpdf.text.pdf.PdfContentByte canvas) {

        private static final Color BAR = new Color(0x1F, 0x5F, 0x99);
        private static final float LABEL_WIDTH = 200;

        void draw(Map<String, Double> bars, float left, float top, float width, float height) {
            if (bars.isEmpty()) {
                text("No rows, so nothing to chart.", left, top - 12, 10);
                return;
            }
            double max = bars.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            float step = Math.min(22, height / bars.size());
            float barSpace = width - LABEL_WIDTH - 60;
            float y = top - step;
            for (Map.Entry<String, Double> bar : bars.entrySet()) {
                float length = max <= 0 ? 0 : (float) (bar.getValue() / max * barSpace);
                canvas.saveState();
                canvas.setColorFill(BAR);
                canvas.rectangle(left + LABEL_WIDTH, y + 2, Math.max(length, 0.5f), step * 0.7f);
                canvas.fill();
                canvas.restoreState();
                text(shorten(bar.getKey()), left, y + step * 0.25f, 9);
                text(number(bar.getValue()), left + LABEL_WIDTH + length + 4, y + step * 0.25f, 9);
                y -= step;
            }
            canvas.saveState();
            canvas.setColorStroke(Color.GRAY);
            canvas.moveTo(left + LABEL_WIDTH, top);
            canvas.lineTo(left + LABEL_WIDTH, y + step);
            canvas.stroke();
            canvas.restoreState();
        }

        private void text(String text, float x, float y, float size) {
            canvas.beginText();
            canvas.setFontAndSize(new Font(Font.HELVETICA, size).getCalculatedBaseFont(false), size);
            canvas.setColorFill(Color.BLACK);
            canvas.setTextMatrix(x, y);
            canvas.showText(text);
            canvas.endText();
        }

        private static String shorten(String label) {
            return label.length() > 40 ? label.substring(0, 39) + "…" : label;
        }
    }
}
