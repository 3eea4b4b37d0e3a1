package org.pledgetrack.batch.rosterimport;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The columns of a roster file, in the order of the template; the user columns are optional. */
enum RosterColumn {
    ORI("ori", true, 9),
    AGENCY_NAME("agency_name", true, 200),
    STATE("state", true, 2),
    CITY("city", true, 100),
    AGENCY_TYPE("agency_type", true, 30),
    SWORN_OFFICERS("sworn_officers", false, 11),
    POPULATION_SERVED("population_served", false, 11),
    USER_USERNAME("user_username", false, 100),
    USER_DISPLAY_NAME("user_display_name", false, 200),
    USER_EMAIL("user_email", false, 254);

    static final List<RosterColumn> USER_COLUMNS = List.of(USER_USERNAME, USER_DISPLAY_NAME, USER_EMAIL);

    private final String header;
    private final boolean required;
    private final int maxLength;

    RosterColumn(String header, boolean required, int maxLength) {
        this.header = header;
        this.required = required;
        this.maxLength = maxLength;
    }

    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    int maxLength() {
        return maxLength;
    }

    static Optional<RosterColumn> byHeader(String header) {
        return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst();
    }

    static String allHeaders() {
        return String.join(",", Arrays.stream(values()).map(RosterColumn::header).toList());
    }
}
