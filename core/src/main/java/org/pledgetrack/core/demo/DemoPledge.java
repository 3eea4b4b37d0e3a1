package org.pledgetrack.core.demo;

import java.time.LocalDate;

import org.pledgetrack.core.pledge.PledgeStatus;

/**
 * One demo agency's pledge as it stands today: how many of its items (by number, first the
 * verified, then the submitted, in-progress and returned ones, the rest not started) are at each
 * status, and how and how long ago the pledge was closed, if it was.
 *
 * @param closedAs      WITHDRAWN or COMPLETED; null while the pledge is active
 * @param closedDaysAgo days before today the pledge was closed; ignored while it is active
 * @param recognizedOn  when IACP recognized the agency; null if it has not (a completed pledge's
 *                      certificate of completion is dated the day it was closed)
 */
record DemoPledge(String ori, LocalDate signedOn, int verified, int submitted, int inProgress, int returned,
                  PledgeStatus closedAs, String closedReason, int closedDaysAgo, LocalDate recognizedOn) {

    static DemoPledge active(String ori, LocalDate signedOn, int verified, int submitted, int inProgress,
                             int returned) {
        return new DemoPledge(ori, signedOn, verified, submitted, inProgress, returned, null, null, 0, null);
    }

    DemoPledge closed(PledgeStatus status, String reason, int daysAgo) {
        return new DemoPledge(ori, signedOn, verified, submitted, inProgress, returned, status, reason, daysAgo,
                recognizedOn);
    }

    DemoPledge recognized(LocalDate on) {
        return new DemoPledge(ori, signedOn, verified, submitted, inProgress, returned, closedAs, closedReason,
                closedDaysAgo, on);
    }
}
