package org.pledgetrack.core.notification;

import java.time.Instant;

/** One in-app notification; link is an app route such as {@code grants/7}. */
public record Notification(long id, NotificationKind kind, String title, String body, String link, Instant createdAt,
                           Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }
}
