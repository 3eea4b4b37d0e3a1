package org.pledgetrack.core.notification;

import java.time.Clock;
import java.util.List;

import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications. Other features (the pledge workflow, the reminder job) call
 * {@link #notify}; a user reads and marks only their own notifications.
 */
@Service
public class NotificationService {

    static final int LATEST = 30;

    private final NotificationRepository notifications;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Notifies a user at most once per dedupe key: calling again with the same key changes nothing
     * and returns false. The notification is e-mailed by the next reminder run when SMTP is set up.
     */
    @Transactional
    public boolean notify(long userId, NotificationKind kind, String title, String body, String link, String dedupeKey) {
        return notifications.insertIgnoringDuplicate(userId, kind, title, body, link, dedupeKey, clock.instant());
    }

    /** The user's latest notifications, newest first. */
    @Transactional(readOnly = true)
    public List<Notification> latest(CurrentUser user) {
        return notifications.findLatest(user.id(), LATEST);
    }

    @Transactional(readOnly = true)
    public int unreadCount(CurrentUser user) {
        return notifications.countUnread(user.id());
    }

    /** Marks one of the user's own notifications read; another user's id is ignored. */
    @Transactional
    public void markRead(CurrentUser user, long notificationId) {
        notifications.markRead(user.id(), notificationId, clock.instant());
    }

    @Transactional
    public void markAllRead(CurrentUser user) {
        notifications.markAllRead(user.id(), clock.instant());
    }

    /** An item submitted for review: the agency's TA staff hear of it once per submission. */
    @Transactional
    public void itemSubmitted(ItemSubmittedEvent event) {
        for (long userId : notifications.findTaStaffOfAgency(event.agencyId())) {
            notify(userId, NotificationKind.ITEM_SUBMITTED, event.agencyName() + " submitted " + event.itemTitle(),
                    "Review the evidence and verify or return the item.", event.link(),
                    "item-submitted:" + event.pledgeItemId() + ":" + event.submissionNumber());
        }
    }

    /** An item returned to the agency: its users hear of it once per return, with the reviewer's comment. */
    @Transactional
    public void itemReturned(ItemReturnedEvent event) {
        for (long userId : notifications.findUsersOfOrganization(event.agencyId())) {
            notify(userId, NotificationKind.ITEM_RETURNED, "Returned: " + event.itemTitle(), event.comment(),
                    event.link(), "item-returned:" + event.pledgeItemId() + ":" + event.returnNumber());
        }
    }
}
