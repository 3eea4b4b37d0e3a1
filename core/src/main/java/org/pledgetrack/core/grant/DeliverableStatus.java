package org.pledgetrack.core.grant;

/** planned -> scheduled -> delivered -> accepted; or cancelled with a reason. */
public enum DeliverableStatus {
    PLANNED("Planned"), SCHEDULED("Scheduled"), DELIVERED("Delivered"), ACCEPTED("Accepted"), CANCELLED("Cancelled");

    private final String label;

    DeliverableStatus(String label) {
        this.label = label;
    }

    /** How people read the status, in reports and on screen. */
    public String label() {
        return label;
    }
}
