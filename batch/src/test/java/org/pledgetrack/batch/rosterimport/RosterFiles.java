package org.pledgetrack.batch.rosterimport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds roster files for tests: the template header and rows given as their ten values. */
final class RosterFiles {

    static final String HEADER = "ori,agency_name,state,city,agency_type,sworn_officers,population_served,"
            + "user_username,user_display_name,user_email";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    static RosterFiles aRoster() {
        return new RosterFiles();
    }

    /** An agency row with a user whose names derive from the ORI. */
    RosterFiles agency(String ori, String state) {
        String user = ori.toLowerCase() + ".agency";
        return line(ori + ",Police Department " + ori + "," + state + ",Springfield,MUNICIPAL,120,65000,"
                + user + ",Chief " + ori + "," + user + "@example.org");
    }

    /** A raw line, exactly as given (quotes and all). */
    RosterFiles line(String line) {
        lines.add(line);
        return this;
    }

    String text() {
        return String.join("\r\n", lines) + "\r\n";
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }
}
