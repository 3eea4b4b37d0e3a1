package org.pledgetrack.core.notification;

/** A notification was stored for the user; once the transaction commits it may be e-mailed at once. */
record NotificationCreated(long userId) {
}
