package org.pledgetrack.core.security;

import java.time.Instant;

/** An account as the admin sees it (never with its password hash). */
public record UserAccount(long id, String username, String displayName, String email, Role role,
                          long organizationId, String organizationName, boolean enabled,
                          int failedLoginCount, Instant lastLoginAt, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
