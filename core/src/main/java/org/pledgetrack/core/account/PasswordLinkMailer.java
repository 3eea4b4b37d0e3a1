package org.pledgetrack.core.account;

import org.pledgetrack.core.notification.MailSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails password links. Spring Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set;
 * without one nothing is sent and the admin is shown the link to pass on instead.
 */
@Component
class PasswordLinkMailer {

    private static final Logger log = LoggerFactory.getLogger(PasswordLinkMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    PasswordLinkMailer(ObjectProvider<JavaMailSender> mailSender,
                       MailSettings mail) {
        this.mailSender = mailSender;
        this.from = mail.from();
    }

    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    /** Sends the message; false when there is no SMTP server configured or it refused the message. */
    boolean send(String to, String subject, String text) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            log.warn("Could not e-mail a password link to {}: {}", to, e.getMessage());
            return false;
        }
    }
}
