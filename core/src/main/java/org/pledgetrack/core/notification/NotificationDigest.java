package org.pledgetrack.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The daily digest: from the configured time of day (UTC) on, each user who chose it gets one
 * e-mail with every notification of their digest topics since their previous digest, and nothing on a day without news.
 * The reminder job calls it on every run; the day of the last digest is kept in the database,
 * so a digest goes out once a day across nodes and restarts.
 */
@Component
class NotificationDigest {

    /** How far back the first digest of a user who just chose it reaches. */
    private static final Duration FIRST_DIGEST_REACH = Duration.ofDays(1);

    private final NotificationPreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final NotificationMailer mailer;
    private final NotificationSettings settings;
    private final Clock clock;

    NotificationDigest(NotificationPreferenceRepository preferences, NotificationRepository notifications,
                       NotificationMailer mailer, NotificationSettings settings, Clock clock) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends today's digests that are due and not sent yet; returns how many e-mails went out. */
    int sendDue() {
        Instant now = clock.instant();
        LocalDateTime utcNow = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        if (!mailer.mailConfigured() || utcNow.toLocalTime().isBefore(settings.digestTime())) {
            return 0;
        }
        int sent = 0;
        for (NotificationPreferenceRepository.DigestRecipient recipient
                : preferences.findDigestRecipientsNotSentOn(utcNow.toLocalDate())) {
            if (preferences.claimDigest(recipient, utcNow.toLocalDate(), now) && send(recipient, now)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(NotificationPreferenceRepository.DigestRecipient recipient, Instant now) {
        Instant since = recipient.lastDigestAt() != null ? recipient.lastDigestAt() : now.minus(FIRST_DIGEST_REACH);
        List<NotificationRepository.Outgoing> news = notifications.findForDigestOfUserSince(recipient.userId(), since);
        List<Long> claimed = notifications.claimAllForEmail(news.stream().map(NotificationRepository.Outgoing::id).toList(), now);
        List<NotificationRepository.Outgoing> included = news.stream().filter(n -> claimed.contains(n.id())).toList();
        if (included.isEmpty()) {
            return false;
        }
        String subject = included.size() == 1 ? "Your daily digest: 1 notification"
                : "Your daily digest: " + included.size() + " notifications";
        String text = included.stream().map(n -> "• " + n.title() + "\n" + mailer.text(n))
                .collect(Collectors.joining("\n"));
        if (!mailer.send(recipient.email(), subject, text, claimed)) {
            preferences.releaseDigest(recipient);
            return false;
        }
        return true;
    }
}
