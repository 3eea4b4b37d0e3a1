package org.pledgetrack.core.worklist;

import java.time.LocalDate;

/**
 * Something waiting for the agency: what it is, a line saying why, the page that deals with it
 * (a route such as {@code pledge/item/17}) and the day it concerns (the target date, the day the
 * item was returned or the question asked).
 */
public record NeedsYouEntry(Kind kind, String title, String why, String route, LocalDate day) {

    /** In the order the list shows them: what TA staff sent back first, then what is coming due. */
    public enum Kind {
        RETURNED("Returned"),
        QUESTION("Question from TA staff"),
        TARGET_SOON("Target date soon");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
