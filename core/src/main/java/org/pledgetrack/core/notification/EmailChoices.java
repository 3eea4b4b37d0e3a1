package org.pledgetrack.core.notification;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How a user's notifications reach them by e-mail, one choice for every topic. */
public record EmailChoices(Map<NotificationTopic, EmailDelivery> byTopic) {

    public EmailChoices {
        if (byTopic == null || byTopic.size() != NotificationTopic.values().length || byTopic.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Choose how notifications reach you by e-mail for every topic.");
        }
        byTopic = Collections.unmodifiableMap(new EnumMap<>(byTopic));
    }

    /** The same choice for every topic. */
    public static EmailChoices all(EmailDelivery delivery) {
        EnumMap<NotificationTopic, EmailDelivery> byTopic = new EnumMap<>(NotificationTopic.class);
        Arrays.stream(NotificationTopic.values()).forEach(topic -> byTopic.put(topic, delivery));
        return new EmailChoices(byTopic);
    }

    public EmailDelivery of(NotificationTopic topic) {
        return byTopic.get(topic);
    }

    /** These choices with one topic changed. */
    public EmailChoices with(NotificationTopic topic, EmailDelivery delivery) {
        EnumMap<NotificationTopic, EmailDelivery> changed = new EnumMap<>(byTopic);
        changed.put(topic, delivery);
        return new EmailChoices(changed);
    }
}
