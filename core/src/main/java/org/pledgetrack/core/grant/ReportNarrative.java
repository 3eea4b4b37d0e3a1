package org.pledgetrack.core.grant;

import org.jspecify.annotations.Nullable;

/**
 * The grantee's answers to the standard progress-report questions; a draft may leave any blank,
 * a submitted report answers all four.
 */
public record ReportNarrative(@Nullable String accomplishments, @Nullable String goalsMet,
                              @Nullable String problems, @Nullable String assistanceNeeded) {

    /** The four standard questions, as the report form and the files made for BJA ask them. */
    public static final String ACCOMPLISHMENTS = "Accomplishments this period";
    public static final String GOALS_MET = "Goals met relative to the application";
    public static final String PROBLEMS = "Problems or barriers";
    public static final String ASSISTANCE_NEEDED = "Assistance needed";

    /** The longest answer accepted, in characters. */
    public static final int MAX_ANSWER_LENGTH = 4000;

    public static ReportNarrative empty() {
        return new ReportNarrative(null, null, null, null);
    }
}
