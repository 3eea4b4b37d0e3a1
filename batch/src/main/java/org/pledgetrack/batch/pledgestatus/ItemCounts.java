package org.pledgetrack.batch.pledgestatus;

/** Items by status: the counts a snapshot row stores. */
record ItemCounts(int notStarted, int inProgress, int submitted, int returned, int verified) {

    static final ItemCounts NONE = new ItemCounts(0, 0, 0, 0, 0);

    int total() {
        return notStarted + inProgress + submitted + returned + verified;
    }

    /** Items the agency has reported as done: waiting for review or already verified. */
    int submittedOrVerified() {
        return submitted + verified;
    }

    ItemCounts plus(ItemCounts other) {
        return new ItemCounts(notStarted + other.notStarted, inProgress + other.inProgress,
                submitted + other.submitted, returned + other.returned, verified + other.verified);
    }
}
