package org.pledgetrack.core.request;

/** submitted → accepted (a deliverable is planned) → delivered; or declined; or info requested → submitted again. */
public enum TaRequestStatus {
    SUBMITTED, INFO_REQUESTED, ACCEPTED, DECLINED, DELIVERED
}
