package org.pledgetrack.core.database;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Rows in the text format {@code LOAD DATA} reads by default: values separated by tabs, rows by
 * newlines, NULL as {@code \N}, and tab, newline and backslash escaped with a backslash.
 */
public final class TabSeparatedRows {

    /** DATETIME(6) precision: a longer fraction would be cut with a warning. */
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean rowStarted;
    private int rows;

    /** Appends one value to the current row; the first value after {@link #endRow} starts a new one. */
    public TabSeparatedRows add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        switch (value) {
            case null -> text.append("\\N");
            case Integer i -> text.append(i.intValue());
            case Long l -> text.append(l.longValue());
            case BigDecimal d -> text.append(d.toPlainString());
            case LocalDate date -> text.append(date);
            case LocalDateTime time -> text.append(DATETIME.format(time));
            case Enum<?> constant -> text.append(constant.name());
            default -> escaped(value.toString());
        }
        return this;
    }

    /** Appends a whole row. */
    public TabSeparatedRows addRow(Object... values) {
        for (Object value : values) {
            add(value);
        }
        endRow();
        return this;
    }

    public void endRow() {
        text.append('\n');
        rowStarted = false;
        rows++;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    public int size() {
        return rows;
    }

    String text() {
        return text.toString();
    }

    private void escaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\\' -> text.append("\\\\");
                default -> text.append(c);
            }
        }
    }
}
