package org.pledgetrack.core.notification;

/**
 * TA staff returned a pledge item to the agency with a comment. The pledge workflow publishes it;
 * the agency's users are notified once per return ({@code returnNumber} distinguishes returns).
 */
public record ItemReturnedEvent(long agencyId, long pledgeItemId, String itemTitle, String comment, int returnNumber,
                                String link) {
}
