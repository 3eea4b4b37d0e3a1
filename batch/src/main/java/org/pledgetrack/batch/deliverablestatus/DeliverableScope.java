package org.pledgetrack.batch.deliverablestatus;

/** What one deliverable snapshot row is about: a grant or a TA provider. */
record DeliverableScope(String type, long id) {

    static final String GRANT = "GRANT";
    static final String PROVIDER = "PROVIDER";

    boolean isGrant() {
        return GRANT.equals(type);
    }
}
