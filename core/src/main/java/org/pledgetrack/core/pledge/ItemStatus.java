package org.pledgetrack.core.pledge;

/** Where one pledge item stands. */
public enum ItemStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    /** The agency says it is implemented and has attached evidence; waits for TA review. */
    SUBMITTED("Submitted"),
    /** TA staff sent it back with a comment. */
    RETURNED("Returned"),
    /** TA staff confirmed it. */
    VERIFIED("Verified");

    private final String label;

    ItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
