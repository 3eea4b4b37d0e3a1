package org.pledgetrack.core.agency;

import java.util.List;
import java.util.Set;

/**
 * The postal codes an agency's state (and the first two letters of its ORI) may have: the one list
 * for the roster import's checks and the API's state filters.
 */
public final class UsStates {

    private static final Set<String> CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
            "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            // District of Columbia and the territories, which have ORIs of their own.
            "DC", "AS", "GU", "MP", "PR", "VI");

    private UsStates() {
    }

    /** Every code, in alphabetical order: the choices of a state filter. */
    public static List<String> codes() {
        return CODES.stream().sorted().toList();
    }

    /** Whether {@code code} is one of the codes, exactly (upper case, no blanks). */
    public static boolean isCode(String code) {
        return CODES.contains(code);
    }
}
