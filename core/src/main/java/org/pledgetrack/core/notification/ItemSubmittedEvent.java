package org.pledgetrack.core.notification;

/**
 * An agency submitted a pledge item for review. The pledge workflow publishes it (Spring
 * application event, inside its transaction); the agency's TA staff are notified once per
 * submission ({@code submissionNumber} distinguishes re-submissions).
 */
public record ItemSubmittedEvent(long agencyId, String agencyName, long pledgeItemId, String itemTitle,
                                 int submissionNumber, String link) {
}
