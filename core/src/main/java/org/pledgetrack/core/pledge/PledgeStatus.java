package org.pledgetrack.core.pledge;

public enum PledgeStatus {
    ACTIVE("Active"), WITHDRAWN("Withdrawn"), COMPLETED("Completed"), RECOGNIZED("Recognized");

    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    /** How people read the status, in reports and on screen. */
    public String label() {
        return label;
    }
}
