package org.pledgetrack.batch.rosterimport;

import java.util.List;
import java.util.Map;

/**
 * One data row of a roster file: where it starts, its trimmed values by column ("" when empty or
 * absent) and all its values as read, in file order, for the rejected-rows CSV.
 */
record RosterRow(long line, Map<RosterColumn, String> values, List<String> raw) {

    String get(RosterColumn column) {
        return values.getOrDefault(column, "");
    }

    /** The value, or {@code null} when the cell is empty. */
    String optional(RosterColumn column) {
        String value = get(column);
        return value.isEmpty() ? null : value;
    }

    boolean hasUser() {
        return RosterColumn.USER_COLUMNS.stream().anyMatch(column -> !get(column).isEmpty());
    }

    Integer number(RosterColumn column) {
        String value = get(column);
        return value.isEmpty() ? null : Integer.valueOf(value);
    }
}
