package org.pledgetrack.core.notification;

/**
 * TA staff verified a pledge item. The pledge workflow publishes it; the agency's users are
 * notified once per verification ({@code verificationNumber} distinguishes a verification after a reopen).
 */
public record ItemVerifiedEvent(long agencyId, long pledgeItemId, String itemTitle, int verificationNumber,
                                String link) {
}
