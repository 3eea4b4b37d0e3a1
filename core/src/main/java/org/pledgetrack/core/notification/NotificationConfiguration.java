package org.pledgetrack.core.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Runs the reminder job on its cron ({@code pledgetrack.reminders.cron}) and makes the notification
 * settings bean; a bad value stops start-up naming the key.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {
}
