package org.pledgetrack.core.apitoken;

import java.time.Instant;

/** A personal API token as its owner sees it later: never with its secret. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
