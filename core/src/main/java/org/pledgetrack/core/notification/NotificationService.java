package org.pledgetrack.core.notification;

import java.time.Clock;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, e-mailed as each user chose for their topic ({@link EmailChoices}). Other features (the
 * pledge workflow, TA requests, the reminder job) call {@link #notify} for users who may see the
 * subject; a user reads, marks and configures only their own notifications.
 */
@Service
public class NotificationService {

    static final int LATEST = 30;
    /** The preference is audited on the user's account, like a password change. */
    private static final String ENTITY = "USER";

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                        ApplicationEventPublisher events, AuditLog audit, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Notifies a user at most once per dedupe key: calling again with the same key changes nothing
     * and returns false. When SMTP is set up, the notification is e-mailed after the transaction
     * commits if the user wants e-mails at once, or in their next daily digest.
     */
    @Transactional
    public boolean notify(long userId, NotificationKind kind, String title, String body, String link, String dedupeKey) {
        boolean created = notifications.insertIgnoringDuplicate(userId, kind, title, body, link, dedupeKey, clock.instant());
        if (created) {
            events.publishEvent(new NotificationCreated(userId));
        }
        return created;
    }

    /** How the user's notifications of each topic reach them by e-mail (at once until they choose). */
    @Transactional(readOnly = true)
    public EmailChoices emailChoices(CurrentUser user) {
        return preferences.findEmailChoices(user.id());
    }

    /**
     * Changes how the user's own notifications of each topic reach them by e-mail; each changed topic
     * is audited on the user's account.
     */
    @Transactional
    public void changeEmailChoices(CurrentUser user, EmailChoices choices) {
        if (choices == null) {
            throw new IllegalArgumentException("Choose how notifications reach you by e-mail.");
        }
        EmailChoices before = preferences.findEmailChoices(user.id());
        preferences.saveEmailChoices(user.id(), choices, clock.instant());
        for (NotificationTopic topic : NotificationTopic.values()) {
            audit.recordChange(user, null, ENTITY, user.id(), "emailDelivery." + topic.name(), before.of(topic),
                    choices.of(topic));
        }
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
