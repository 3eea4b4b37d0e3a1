package org.pledgetrack.core.grant;

public enum DeliverableType {
    TRAINING, SITE_VISIT, WEBINAR, PEER_EXCHANGE, PLAN_REVIEW, REQUEST_RESPONSE, OTHER
}
