package org.pledgetrack.ui.api;

import java.util.Locale;

import org.pledgetrack.core.agency.UsStates;

/** The {@code state} filter of the API's lists: absent, or a US state or territory code in any case. */
final class StateParameter {

    static final String DESCRIPTION = "Two-letter US state or territory code (postal), e.g. KS";

    private StateParameter() {
    }

    /** The code in upper case, or null for no filter; refuses anything that is not a code ("Kansas", ""). */
    static String code(String state) {
        if (state == null) {
            return null;
        }
        String code = state.toUpperCase(Locale.ROOT);
        if (!UsStates.isCode(code)) {
            throw new InvalidParameterException("state", state, "state must be a two-letter US state or territory "
                    + "code, e.g. KS");
        }
        return code;
    }
}
