package org.pledgetrack.core.snapshot;

import org.pledgetrack.core.pledge.ScheduleStatus;

/** How many agencies (or agency focus areas) stand in each schedule status. */
public record StatusDistribution(int onTrack, int atRisk, int behind, int complete, int pastDeadline) {

    public static final StatusDistribution NONE = new StatusDistribution(0, 0, 0, 0, 0);

    public int count(ScheduleStatus status) {
        return switch (status) {
            case ON_TRACK -> onTrack;
            case AT_RISK -> atRisk;
            case BEHIND -> behind;
            case COMPLETE -> complete;
            case PAST_DEADLINE -> pastDeadline;
        };
    }

    /** One agency's (or focus area's) status as a distribution of one. */
    public static StatusDistribution single(ScheduleStatus status) {
        return new StatusDistribution(status == ScheduleStatus.ON_TRACK ? 1 : 0, status == ScheduleStatus.AT_RISK ? 1 : 0,
                status == ScheduleStatus.BEHIND ? 1 : 0, status == ScheduleStatus.COMPLETE ? 1 : 0,
                status == ScheduleStatus.PAST_DEADLINE ? 1 : 0);
    }

    /** The status with the most members (the first of equals in the order of {@link ScheduleStatus}). */
    public ScheduleStatus mostCommon() {
        ScheduleStatus best = ScheduleStatus.ON_TRACK;
        for (ScheduleStatus status : ScheduleStatus.values()) {
            if (count(status) > count(best)) {
                best = status;
            }
        }
        return best;
    }

    public int total() {
        return onTrack + atRisk + behind + complete + pastDeadline;
    }
}
