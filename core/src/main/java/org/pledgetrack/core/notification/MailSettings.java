package org.pledgetrack.core.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every e-mail the application sends shares: its sender and the address its links point at.
 *
 * @param baseUrl {@code pledgetrack.base-url}: where people reach the application; links in mails start
 *                with it (always ending in {@code /})
 * @param mail    {@code pledgetrack.mail.from}: the sender of notifications, reports and password links
 */
@ConfigurationProperties("pledgetrack")
public record MailSettings(@DefaultValue("http://localhost:8080/") String baseUrl, @DefaultValue Mail mail) {

    public MailSettings {
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://")) {
            throw new IllegalArgumentException("pledgetrack.base-url must start with http:// or https://, not " + baseUrl);
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** @param from {@code pledgetrack.mail.from} */
    public record Mail(@DefaultValue("pledgetrack@localhost") String from) {
    }

    /** The sender address of every mail. */
    public String from() {
        return mail.from();
    }
}
