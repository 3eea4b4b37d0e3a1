package org.pledgetrack.core.notification;

/** How a user's notifications reach them by e-mail; the in-app bell shows them whatever the choice. */
public enum EmailDelivery {
    /** One e-mail per notification, as soon as it is created. */
    IMMEDIATELY,
    /** One e-mail a day with everything since the previous digest. */
    DAILY_DIGEST,
    /** No e-mail. */
    OFF
}
