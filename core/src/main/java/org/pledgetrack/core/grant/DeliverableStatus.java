package org.pledgetrack.core.grant;

/** planned -> scheduled -> delivered -> accepted; or cancelled with a reason. */
public enum DeliverableStatus {
    PLANNED, SCHEDULED, DELIVERED, ACCEPTED, CANCELLED
}
