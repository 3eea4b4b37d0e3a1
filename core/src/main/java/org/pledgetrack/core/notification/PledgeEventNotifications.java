package org.pledgetrack.core.notification;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the pledge workflow's events into notifications, inside the workflow's own transaction. */
@Component
class PledgeEventNotifications {

    private final NotificationService notifications;
    private final NotificationRepository recipients;

    PledgeEventNotifications(NotificationService notifications, NotificationRepository recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @EventListener
    void on(ItemSubmittedEvent event) {
        notifications.itemSubmitted(event);
    }

    @EventListener
    void on(ItemReturnedEvent event) {
        notifications.itemReturned(event);
    }

    @EventListener
    void on(ItemVerifiedEvent event) {
        for (long userId : recipients.findUsersOfOrganization(event.agencyId())) {
            notifications.notify(userId, NotificationKind.ITEM_VERIFIED, "Verified: " + event.itemTitle(),
                    "TA staff verified the item.", event.link(),
                    "item-verified:" + event.pledgeItemId() + ":" + event.verificationNumber());
        }
    }

    @EventListener
    void on(ItemCommentedEvent event) {
        List<Long> otherSide = event.byAgency() ? recipients.findTaStaffOfAgency(event.agencyId())
                : recipients.findUsersOfOrganization(event.agencyId());
        for (long userId : otherSide) {
            if (userId != event.authorId()) {
                notifications.notify(userId, NotificationKind.ITEM_COMMENTED,
                        event.authorName() + " commented on " + event.itemTitle(), event.text(), event.link(),
                        "item-comment:" + event.commentId());
            }
        }
    }
}
