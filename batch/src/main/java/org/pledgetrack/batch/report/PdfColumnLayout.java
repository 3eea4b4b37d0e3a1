package org.pledgetrack.batch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.openpdf.text.Font;
import org.openpdf.text.pdf.BaseFont;

/**
 * Sizes a PDF table's columns to what they hold, so that no word and no number is broken: each
 * column is at least as wide as its header's longest word, its widest label (a label such as
 * "At risk" is never wrapped) or the widest value of its type ("100.00", "2028-02-20"); the font
 * shrinks until those minimums fit the page, but never below {@value #READABLE_FONT} pt: a report with
 * more columns than fit at that size is split into parts ({@link #split}), each a table of its own
 * that repeats the first column (the row's name) so that every part can be read by itself. The width
 * left over goes to the free-text columns, whose values wrap at spaces. A single word wider than its
 * column (a long name without spaces) is set in a smaller font in that cell only, down to the same
 * {@value #READABLE_FONT} pt, see {@link #fontSizeFor}. Free-text columns are at least
 * {@value #FREE_TEXT_CHARACTERS} digits wide (or their declared width if less), so that codes such as
 * an ORI and most words fit in the table's font.
 */
final class PdfColumnLayout {

    static final float LARGEST_FONT = 8;
    /** No table text is smaller: a report's PDF is printed and read on paper. */
    static final float READABLE_FONT = 7;
    static final float PADDING = 3;
    private static final int FREE_TEXT_CHARACTERS = 10;
    /** The cell border and rounding, so that a word measured to fit does fit. */
    private static final float SLACK = 1.5f;
    private static final BaseFont REGULAR = new Font(Font.HELVETICA, 1).getCalculatedBaseFont(false);
    private static final BaseFont BOLD = new Font(Font.HELVETICA, 1, Font.BOLD).getCalculatedBaseFont(false);

    /** Helvetica's widest glyphs at size 1: of any character ('@'), and of the characters of numbers and dates. */
    private static final float WIDEST_CHARACTER = 1.015f;
    private static final float WIDEST_DIGIT = 0.556f;

    /** Which of the report's columns this part shows, in order, and their columns. */
    private final int[] positions;
    private final List<ReportColumn> columns;
    private final float[] widths;
    private final float fontSize;

    private PdfColumnLayout(int[] positions, List<ReportColumn> columns, float[] widths, float fontSize) {
        this.positions = positions;
        this.columns = columns;
        this.widths = widths;
        this.fontSize = fontSize;
    }

    /**
     * The report's columns in as few parts as keep the font at {@value #READABLE_FONT} pt or more:
     * columns are taken in order while they fit; the first column starts every part.
     */
    static List<PdfColumnLayout> split(List<ReportColumn> columns, float tableWidth) {
        List<PdfColumnLayout> parts = new ArrayList<>();
        List<Integer> part = new ArrayList<>(List.of(0));
        for (int position = 1; position < columns.size(); position++) {
            part.add(position);
            if (part.size() > 2 && fittingFont(of(columns, part), tableWidth) < READABLE_FONT) {
                part.removeLast();
                parts.add(fit(columns, part, tableWidth));
                part = new ArrayList<>(List.of(0, position));
            }
        }
        parts.add(fit(columns, part, tableWidth));
        return List.copyOf(parts);
    }

    private static PdfColumnLayout fit(List<ReportColumn> all, List<Integer> positions, float tableWidth) {
        List<ReportColumn> columns = of(all, positions);
        float fontSize = Math.max(READABLE_FONT, Math.min(LARGEST_FONT, fittingFont(columns, tableWidth)));
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = unitWidth(columns.get(i)) * fontSize + 2 * PADDING + SLACK;
        }
        share(tableWidth - sum(widths), columns, widths);
        return new PdfColumnLayout(positions.stream().mapToInt(Integer::intValue).toArray(), columns, widths, fontSize);
    }

    private static List<ReportColumn> of(List<ReportColumn> all, List<Integer> positions) {
        return positions.stream().map(all::get).toList();
    }

    /** The font size at which the columns' minimum widths fill the table's width exactly. */
    private static float fittingFont(List<ReportColumn> columns, float tableWidth) {
        float units = 0;
        for (ReportColumn column : columns) {
            units += unitWidth(column);
        }
        return (tableWidth - columns.size() * (2 * PADDING + SLACK)) / units;
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

    /** The positions, in the report's row, of this part's columns. */
    int[] positions() {
        return positions.clone();
    }

    List<ReportColumn> columns() {
        return columns;
    }

    float[] widths() {
        return Arrays.copyOf(widths, widths.length);
    }

    float fontSize() {
        return fontSize;
    }

    /**
     * The font size for a cell of this part's column {@code column} holding {@code text}: the table's, or smaller
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
        return word <= room ? fontSize : Math.max(READABLE_FONT, 0.95f * fontSize * room / word);
    }
}
