package org.pledgetrack.core.notification;

/** Why someone is notified. */
public enum NotificationKind {
    DELIVERABLE_DUE_SOON, DELIVERABLE_OVERDUE, ITEM_RETURNED, ITEM_SUBMITTED, TA_REQUEST_ANSWERED, GRANTEE_REPORT_DUE,
    ACCOUNT_LOCKED_AGAIN,
    TA_ASSIGNED, TA_ASSIGNMENT_ENDED
}
