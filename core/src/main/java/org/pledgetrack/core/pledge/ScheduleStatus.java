package org.pledgetrack.core.pledge;

/** Where a pledge (or one of its focus areas) stands against the 36-month schedule; {@link ScheduleRule} decides. */
public enum ScheduleStatus {
    ON_TRACK("On track"),
    AT_RISK("At risk"),
    BEHIND("Behind"),
    /** The 36 months have passed and not every item is verified. */
    PAST_DEADLINE("Past deadline"),
    /** Every item verified. */
    COMPLETE("Complete");

    private final String label;

    ScheduleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
