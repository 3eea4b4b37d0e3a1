package org.pledgetrack.core.account;

/**
 * Published when an admin disables an account or changes its role or organization: its open sessions carry the
 * old rights, so they end once the change has committed and the person signs in again (or cannot).
 */
public record AccountAccessChanged(long userId, String username) {
}
