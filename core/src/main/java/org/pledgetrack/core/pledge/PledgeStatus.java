package org.pledgetrack.core.pledge;

/**
 * Where a pledge stands. IACP's recognition of an agency is not a status (a recognized agency may still
 * be working through its items): it is a date on the pledge ({@link CampaignRecognition}).
 */
public enum PledgeStatus {
    ACTIVE("Active"), WITHDRAWN("Withdrawn"), COMPLETED("Completed");

    private final String label;

    PledgeStatus(String label) {
        this.label = label;
    }

    /** How people read the status, in reports and on screen. */
    public String label() {
        return label;
    }
}
