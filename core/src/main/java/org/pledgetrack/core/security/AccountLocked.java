package org.pledgetrack.core.security;

import java.time.Instant;

/**
 * Wrong passwords locked an account; published inside the transaction that locked it.
 *
 * @param streak the lockout's place in its streak of lockouts in a row (1 for the first)
 */
public record AccountLocked(long userId, String username, int streak, Instant lockedUntil) {

    /** Whether the account was locked before, not long ago: someone may be guessing its password. */
    public boolean repeated() {
        return streak > 1;
    }
}
