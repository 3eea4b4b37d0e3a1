package org.pledgetrack.core.notification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.pledgetrack.core.security.AccountLocked;
import org.pledgetrack.core.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every admin, in the app, when an account is locked again soon after its previous lock:
 * one lock is a user who forgot a password, a streak is likely someone guessing. Runs inside the
 * transaction that locked the account; each lock notifies once.
 */
@Component
class AccountLockNotifications {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final NotificationService notifications;
    private final NotificationRepository recipients;

    AccountLockNotifications(NotificationService notifications, NotificationRepository recipients) {
        this.notifications = notifications;
        this.recipients = recipients;
    }

    @EventListener
    void on(AccountLocked lock) {
        if (!lock.repeated()) {
            return;
        }
        String title = "Account " + lock.username() + " locked " + lock.streak() + " times in a row";
        String body = "Wrong passwords locked " + lock.username() + " again, until " + TIME.format(lock.lockedUntil())
                + ". Someone may be guessing its password. The lock ends by itself; its API tokens keep working. "
                + "Unlock it on the Accounts page if its owner needs in sooner.";
        for (long admin : recipients.findEnabledUsersWithRole(Role.ADMIN)) {
            notifications.notify(admin, NotificationKind.ACCOUNT_LOCKED_AGAIN, title, body, "admin/accounts",
                    "account-locked:" + lock.userId() + ":" + lock.lockedUntil().toEpochMilli());
        }
    }
}
