package org.pledgetrack.batch.rosterimport;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of a roster file, in the order of the template; city, county, sizes and the user
 * columns are optional. The FBI's own column names ({@code state_abbr}, {@code county_name},
 * {@code agency_type_name}) are read as their template columns.
 */
enum RosterColumn {
    ORI("ori", true, 9),
    AGENCY_NAME("agency_name", true, 200),
    STATE("state", true, 2),
    CITY("city", false, 100),
    COUNTY("county", false, 100),
    AGENCY_TYPE("agency_type", true, 30),
    SWORN_OFFICERS("sworn_officers", false, 11),
    POPULATION_SERVED("population_served", false, 11),
    USER_USERNAME("user_username", false, 100),
    USER_DISPLAY_NAME("user_display_name", false, 200),
    USER_EMAIL("user_email", false, 254);

    static final List<RosterColumn> USER_COLUMNS = List.of(USER_USERNAME, USER_DISPLAY_NAME, USER_EMAIL);
    /** The column the rejected-rows CSV adds; a corrected copy of that file is imported with it ignored. */
    static final String REASON = "reason";
    private static final Map<String, RosterColumn> FBI_NAMES = Map.of(
            "state_abbr", STATE, "county_name", COUNTY, "agency_type_name", AGENCY_TYPE);

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

    /** The column a header names, by its template name or the FBI's name for it (lower case). */
    static Optional<RosterColumn> byHeader(String header) {
        return Arrays.stream(values()).filter(column -> column.header.equals(header)).findFirst()
                .or(() -> Optional.ofNullable(FBI_NAMES.get(header)));
    }

    static String allHeaders() {
        return String.join(",", Arrays.stream(values()).map(RosterColumn::header).toList());
    }
}
