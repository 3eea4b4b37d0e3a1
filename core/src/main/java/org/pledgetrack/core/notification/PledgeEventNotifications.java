package org.pledgetrack.core.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Turns the pledge workflow's events into notifications, inside the workflow's own transaction. */
@Component
class PledgeEventNotifications {

    private final NotificationService notifications;

    PledgeEventNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(ItemSubmittedEvent event) {
        notifications.itemSubmitted(event);
    }

    @EventListener
    void on(ItemReturnedEvent event) {
        notifications.itemReturned(event);
    }
}
