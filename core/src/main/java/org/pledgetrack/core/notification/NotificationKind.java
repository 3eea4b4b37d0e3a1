package org.pledgetrack.core.notification;

/** Why someone is notified, and the topic whose e-mail choice applies to it. */
public enum NotificationKind {
    DELIVERABLE_DUE_SOON(NotificationTopic.REMINDERS),
    DELIVERABLE_OVERDUE(NotificationTopic.REMINDERS),
    ITEM_RETURNED(NotificationTopic.REVIEWS),
    ITEM_SUBMITTED(NotificationTopic.REVIEWS),
    TA_REQUEST_ANSWERED(NotificationTopic.TA_REQUESTS),
    GRANTEE_REPORT_DUE(NotificationTopic.REMINDERS),
    ACCOUNT_LOCKED_AGAIN(NotificationTopic.ACCOUNTS),
    TA_REQUEST_SUBMITTED(NotificationTopic.TA_REQUESTS),
    TA_REQUEST_QUESTION(NotificationTopic.TA_REQUESTS),
    TA_REQUEST_INFORMATION_ADDED(NotificationTopic.TA_REQUESTS),
    ITEM_VERIFIED(NotificationTopic.REVIEWS),
    ITEM_COMMENTED(NotificationTopic.COMMENTS),
    ITEM_TARGET_DATE(NotificationTopic.REMINDERS),
    PLEDGE_DEADLINE(NotificationTopic.REMINDERS),
    SUBMISSION_WAITING(NotificationTopic.REMINDERS),
    TA_ASSIGNED(NotificationTopic.ASSIGNMENTS),
    TA_ASSIGNMENT_ENDED(NotificationTopic.ASSIGNMENTS),
    EVIDENCE_REVIEW_DUE(NotificationTopic.REMINDERS),
    PROGRESS_REPORT_SUBMITTED(NotificationTopic.REVIEWS),
    PROGRESS_REPORT_RETURNED(NotificationTopic.REVIEWS),
    PROGRESS_REPORT_ACCEPTED(NotificationTopic.REVIEWS),
    ACTION_PLAN_SUBMITTED(NotificationTopic.REVIEWS),
    ACTION_PLAN_RETURNED(NotificationTopic.REVIEWS),
    ACTION_PLAN_APPROVED(NotificationTopic.REVIEWS);

    private final NotificationTopic topic;

    NotificationKind(NotificationTopic topic) {
        this.topic = topic;
    }

    public NotificationTopic topic() {
        return topic;
    }
}
