package org.pledgetrack.core.notification;

/**
 * Someone commented on a pledge item. The pledge workflow publishes it after checking the author;
 * the other side hears of it: the agency's TA staff when the agency wrote, the agency's users when
 * TA staff (or an admin) wrote.
 */
public record ItemCommentedEvent(long agencyId, long pledgeItemId, String itemTitle, long commentId, long authorId,
                                 String authorName, boolean byAgency, String text, String link) {
}
