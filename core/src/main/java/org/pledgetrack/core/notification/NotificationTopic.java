package org.pledgetrack.core.notification;

/** What a notification is about; each user chooses per topic how its notifications reach them by e-mail. */
public enum NotificationTopic {
    /** Requests submitted, questions asked, information added, requests accepted or declined. */
    TA_REQUESTS,
    /** Items, progress reports and Action Plans submitted for review, returned, verified or accepted. */
    REVIEWS,
    /** Comments on items. */
    COMMENTS,
    /** TA assignments made or ended. */
    ASSIGNMENTS,
    /** Due dates, deadlines and submissions waiting for review. */
    REMINDERS,
    /** Accounts locked again after a lock (only administrators get these). */
    ACCOUNTS
}
