package org.pledgetrack.batch.report;

import java.io.IOException;
import java.io.InputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.pledgetrack.core.notification.MailSettings;
import org.pledgetrack.core.report.ReportDefinition;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Mails a recurring report's file to the definition's owner as an attachment, when SMTP is
 * configured ({@code spring.mail.host}); without it the file is only in the Reports view.
 */
@Component
class ReportMailer {

    private static final Logger log = LoggerFactory.getLogger(ReportMailer.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final ReportService reports;
    private final String from;

    ReportMailer(ObjectProvider<JavaMailSender> mailSender, ReportService reports,
                 MailSettings mail) {
        this.mailSender = mailSender;
        this.reports = reports;
        this.from = mail.from();
    }

    /** Returns whether a mail was sent; a failure to send is logged, never thrown. */
    boolean send(ReportDefinition definition, ReportFile file) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null || !file.ready()) {
            return false;
        }
        try (InputStream content = reports.openForDelivery(file)) {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(definition.ownerEmail());
            helper.setSubject(definition.name() + " — " + file.type().label() + " as of " + file.asOf());
            helper.setText("Your recurring report \"" + definition.name() + "\" is attached ("
                    + file.rowCount() + " rows, filters: " + file.filtersText() + ").\n"
                    + "It is also in the Reports view of pledgetrack until " + file.expiresAt() + ".\n");
            helper.addAttachment(file.fileName(), new ByteArrayResource(content.readAllBytes()),
                    file.format().contentType());
            sender.send(message);
            return true;
        } catch (IOException | MessagingException | MailException e) {
            log.warn("Recurring report {} could not be mailed to {}: {}", definition.id(), definition.ownerEmail(),
                    e.getMessage());
            return false;
        }
    }
}
