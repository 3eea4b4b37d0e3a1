package org.pledgetrack.core.grant;

public enum DeliverableType {
    TRAINING("Training"), SITE_VISIT("Site visit"), WEBINAR("Webinar"), PEER_EXCHANGE("Peer exchange"),
    PLAN_REVIEW("Plan review"), REQUEST_RESPONSE("TA-request response"), CONVENING("Convening"), OTHER("Other");

    private final String label;

    DeliverableType(String label) {
        this.label = label;
    }

    /** How people read the type, in reports and on screen. */
    public String label() {
        return label;
    }
}
