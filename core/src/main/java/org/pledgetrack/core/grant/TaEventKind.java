package org.pledgetrack.core.grant;

/** What kind of TA event served the sites, and the kind of deliverable it is on each grant it served. */
public enum TaEventKind {
    CONVENING("Convening", DeliverableType.CONVENING),
    COURSE("Course", DeliverableType.TRAINING),
    PEER_VISIT("Peer visit", DeliverableType.PEER_EXCHANGE),
    WEBINAR("Webinar", DeliverableType.WEBINAR);

    private final String label;
    private final DeliverableType deliverableType;

    TaEventKind(String label, DeliverableType deliverableType) {
        this.label = label;
        this.deliverableType = deliverableType;
    }

    public String label() {
        return label;
    }

    DeliverableType deliverableType() {
        return deliverableType;
    }
}
