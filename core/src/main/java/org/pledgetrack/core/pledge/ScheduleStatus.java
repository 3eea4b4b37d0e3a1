package org.pledgetrack.core.pledge;

/** Whether an open pledge keeps pace with {@link PledgeSchedule}'s expected share of verified items. */
public enum ScheduleStatus {
    ON_TRACK("On track"), AT_RISK("At risk"), BEHIND("Behind"), COMPLETE("Complete");

    /** Percentage points below the expected share that still count as at risk rather than behind. */
    static final double AT_RISK_MARGIN = 10;

    private final String label;

    ScheduleStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ScheduleStatus of(int verified, int total, double expectedPercent) {
        double verifiedPercent = total == 0 ? 0 : 100.0 * verified / total;
        if (total > 0 && verified == total) {
            return COMPLETE;
        } else if (verifiedPercent >= expectedPercent) {
            return ON_TRACK;
        } else if (verifiedPercent >= expectedPercent - AT_RISK_MARGIN) {
            return AT_RISK;
        }
        return BEHIND;
    }
}
