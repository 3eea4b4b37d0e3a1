package org.pledgetrack.batch.rosterimport;

import java.util.Map;

/** One data row of a roster file: where it starts and its trimmed values ("" when empty or absent). */
record RosterRow(long line, Map<RosterColumn, String> values) {

    String get(RosterColumn column) {
        return values.getOrDefault(column, "");
    }

    boolean createsUser() {
        return RosterColumn.USER_COLUMNS.stream().anyMatch(column -> !get(column).isEmpty());
    }

    Integer number(RosterColumn column) {
        String value = get(column);
        return value.isEmpty() ? null : Integer.valueOf(value);
    }
}
