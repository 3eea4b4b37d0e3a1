package org.pledgetrack.batch.report;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Sizes a PDF table's columns to what they hold, so that no word and no number is broken: each
 * column is at least as wide as its header's longest word, its widest label (a label such as
 * "At risk" is never wrapped) or the widest value of its type ("100.00", "2028-02-20"); the font
 * shrinks until those minimums fit the page; the width left over goes to the free-text columns,
 * whose values wrap at spaces. A single word wider than its column (a long name without spaces)
 * is set in a smaller font in that cell only, see {@link #fontSizeFor}. Free-text columns are at
 * least {@value #FREE_TEXT_CHARACTERS} digits wide (or their declared width if less), so that codes
 * such as an ORI and most words fit in the table's font.
 */
final class PdfColumnLayout {

    static final float LARGEST_FONT = 7;
    static final float PADDING = 3;
    private static final float SMALLEST_FONT = 4;
    private static final int FREE_TEXT_CHARACTERS = 10;
    /** The cell border and rounding, so that a word measured to fit does fit. */
    private static final float SLACK = 1.5f;
    private static final BaseFont REGULAR = new Font(Font.HELVETICA, 1).getCalculatedBaseFont(false);
    private static final BaseFont BOLD = new Font(Font.HELVETICA, 1, Font.BOLD).getCalculatedBaseFont(false);

    /** Helvetica's widest glyphs at size 1: of any character ('@'), and of the characters of numbers and dates. */
    private static final float WIDEST_CHARACTER = 1.015f;
    private static final float WIDEST_DIGIT = 0.556f;

    private final List<ReportColumn> columns;
    private final float[] widths;
    private final float fontSize;

    private PdfColumnLayout(List<ReportColumn> columns, float[] widths, float fontSize) {
        this.columns = columns;
        this.widths = widths;
        this.fontSize = fontSize;
    }

    static PdfColumnLayout fit(List<ReportColumn> columns, float tableWidth) {
        float[] unitWidths = new float[columns.size()];
        for (int i = 0; i < unitWidths.length; i++) {
            unitWidths[i] = unitWidth(columns.get(i));
        }
        float fixed = columns.size() * (2 * PADDING + SLACK);
        float fontSize = Math.max(SMALLEST_FONT, Math.min(LARGEST_FONT, (tableWidth - fixed) / sum(unitWidths)));
        float[] widths = new float[unitWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = unitWidths[i] * fontSize + 2 * PADDING + SLACK;
        }
        share(tableWidth - sum(widths), columns, widths);
        return new PdfColumnLayout(List.copyOf(columns), widths, fontSize);
    }

    /** The space left over goes to free-text columns by their share; without any, to every column. */
    private static void share(float left, List<ReportColumn> columns, float[] widths) {
        if (left <= 0) {
            return;
        }
        boolean anyFreeText = columns.stream().anyMatch(PdfColumnLayout::freeText);
        float shares = (float) columns.stream().filter(c -> !anyFreeText || freeText(c)).mapToInt(ReportColumn::width).sum();
        for (int i = 0; i < widths.length; i++) {
            if (!anyFreeText || freeText(columns.get(i))) {
                widths[i] += left * columns.get(i).width() / shares;
            }
        }
    }

    private static boolean freeText(ReportColumn column) {
        return column.kind() == ColumnKind.TEXT && column.labels().isEmpty();
    }

    /** The column's minimum width in a font of size 1. */
    private static float unitWidth(ReportColumn column) {
        float header = longestWord(column.header(), BOLD);
        float value = switch (column.kind()) {
            case INTEGER -> REGULAR.getWidthPoint("0000000", 1);
            case DECIMAL -> REGULAR.getWidthPoint("00000.00", 1);
            case PERCENT -> REGULAR.getWidthPoint("100.00", 1);
            case DATE -> REGULAR.getWidthPoint("0000-00-00", 1);
            case TEXT -> column.labels().isEmpty()
                    ? REGULAR.getWidthPoint("0", 1) * Math.min(column.width(), FREE_TEXT_CHARACTERS)
                    : (float) column.labels().values().stream()
                            .mapToDouble(label -> REGULAR.getWidthPoint(label, 1)).max().orElse(0);
        };
        return Math.max(header, value);
    }

    private static float longestWord(String text, BaseFont font) {
        return (float) Stream.of(text.split(" ")).mapToDouble(word -> font.getWidthPoint(word, 1)).max().orElse(0);
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }

    float[] widths() {
        return Arrays.copyOf(widths, widths.length);
    }

    float fontSize() {
        return fontSize;
    }

    /**
     * The font size for a cell of column {@code column} holding {@code text}: the table's, or smaller
     * when the text's longest word (a number is one word) would not fit the column otherwise.
     */
    float fontSizeFor(int column, String text) {
        float room = widths[column] - 2 * PADDING - SLACK;
        // most cells are short enough to fit whatever their characters are, and need no measuring
        float widest = columns.get(column).kind() == ColumnKind.TEXT ? WIDEST_CHARACTER : WIDEST_DIGIT;
        if (text.length() * widest * fontSize <= room) {
            return fontSize;
        }
        float word = longestWord(text, REGULAR) * fontSize;
        // a little under the exact fit: the PDF library's line breaking measures slightly wider
        return word <= room ? fontSize : Math.max(SMALLEST_FONT, 0.95f * fontSize * room / word);
    }
}
