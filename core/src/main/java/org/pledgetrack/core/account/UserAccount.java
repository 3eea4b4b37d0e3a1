package org.pledgetrack.core.account;

import java.time.Instant;

import org.pledgetrack.core.security.Role;

/**
 * An account as the admin sees it (never with its password hash).
 *
 * @param failedLoginCount wrong passwords since the last lock, good sign-in or unlock
 * @param lockoutStreak    lockouts in a row (0: none since the last good sign-in or unlock)
 */
public record UserAccount(long id, String username, String displayName, String email, Role role,
                          long organizationId, String organizationName, boolean enabled,
                          int failedLoginCount, Instant lastLoginAt, Instant lockedUntil, int lockoutStreak) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
