package org.pledgetrack.core.notification;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When notifications and reminders go out.
 *
 * @param submissionWaitingDays {@code pledgetrack.notifications.submission-waiting-days}: TA staff are reminded
 *                              of a submitted item that has waited for review this many days
 * @param digestTime            {@code pledgetrack.notifications.digest-time}: the time of day (UTC) from which
 *                              the reminder job sends each digest user their daily e-mail
 */
@ConfigurationProperties("pledgetrack.notifications")
public record NotificationSettings(@DefaultValue("7") int submissionWaitingDays,
                                   @DefaultValue("07:00") LocalTime digestTime) {

    public NotificationSettings {
        if (submissionWaitingDays < 1 || submissionWaitingDays > 365 || digestTime == null) {
            throw new IllegalArgumentException("pledgetrack.notifications: submission-waiting-days must be 1 to 365 "
                    + "and digest-time a time of day such as 07:00, not " + submissionWaitingDays + " and " + digestTime);
        }
    }
}
