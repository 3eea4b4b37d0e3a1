package org.pledgetrack.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails notifications to users who want them at once. Spring Boot only creates a
 * {@link JavaMailSender} when {@code spring.mail.host} is set, so without SMTP this does nothing.
 * A new notification is sent right after its transaction commits, on a thread of its own so that
 * a slow mail server never holds up the user who caused it; what fails there is sent by the next
 * reminder run. Each notification is claimed in the database before it is sent, so it goes out
 * once however many nodes try. Only recent notifications are sent, so configuring SMTP later does
 * not mail out old news.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final Duration RECENT = Duration.ofDays(2);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final Clock clock;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("notification-mail").daemon().factory());

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications, Clock clock,
                       MailSettings settings) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.clock = clock;
        this.from = settings.from();
        this.baseUrl = settings.baseUrl();
    }

    @TransactionalEventListener
    void afterCommit(NotificationCreated created) {
        if (mailSender.getIfAvailable() != null) {
            sending.execute(() -> sendWaiting(created.userId()));
        }
    }

    /** Sends every user's waiting notifications; returns how many were sent. A failed one waits for the next run. */
    int sendWaiting() {
        return sendWaiting(null);
    }

    private int sendWaiting(Long userId) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (NotificationRepository.Outgoing outgoing : notifications.findWaitingForImmediateEmail(now.minus(RECENT), userId)) {
            if (notifications.claimForEmail(outgoing.id(), now)
                    && send(sender, outgoing.email(), outgoing.title(), text(outgoing), List.of(outgoing.id()))) {
                sent++;
            }
        }
        return sent;
    }

    /**
     * Sends one message about notifications already claimed; on failure gives them back and
     * returns false. Without SMTP nothing is sent and the claim stands.
     */
    boolean send(String to, String subject, String text, List<Long> claimedNotificationIds) {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender != null && send(sender, to, subject, text, claimedNotificationIds);
    }

    boolean mailConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** A notification's text in an e-mail: its body and the full address of its link. */
    String text(NotificationRepository.Outgoing outgoing) {
        String body = outgoing.body() == null ? "" : outgoing.body() + "\n";
        return body + (outgoing.link() == null ? "" : "Open: " + baseUrl + outgoing.link() + "\n");
    }

    private boolean send(JavaMailSender sender, String to, String subject, String text, List<Long> notificationIds) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject("[pledgetrack] " + subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail notifications {}: {}", notificationIds, e.getMessage());
            notifications.releaseEmailClaim(notificationIds);
            return false;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sending.shutdown();
        sending.awaitTermination(10, TimeUnit.SECONDS);
    }
}
