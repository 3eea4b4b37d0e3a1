package org.pledgetrack.core.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails notifications that have not been e-mailed yet. Spring Boot only creates a
 * {@link JavaMailSender} when {@code spring.mail.host} is set, so without SMTP this does nothing.
 * Only recent notifications are sent, so configuring SMTP later does not mail out old news.
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

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications, Clock clock,
                       @Value("${pledgetrack.mail.from:pledgetrack@localhost}") String from,
                       @Value("${pledgetrack.base-url:http://localhost:8080/}") String baseUrl) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.clock = clock;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** Sends what is pending; returns how many were sent. A failed message stays pending for the next run. */
    int sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        for (NotificationRepository.Outgoing outgoing : notifications.findNotEmailedSince(now.minus(RECENT))) {
            try {
                sender.send(message(outgoing));
                notifications.markEmailed(outgoing.id(), now);
                sent++;
            } catch (MailException e) {
                log.warn("Could not e-mail notification {}: {}", outgoing.id(), e.getMessage());
            }
        }
        return sent;
    }

    private SimpleMailMessage message(NotificationRepository.Outgoing outgoing) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(outgoing.email());
        message.setSubject("[pledgetrack] " + outgoing.title());
        String body = outgoing.body() == null ? "" : outgoing.body() + "\n\n";
        message.setText(body + (outgoing.link() == null ? "" : "Open: " + baseUrl + outgoing.link() + "\n"));
        return message;
    }
}
