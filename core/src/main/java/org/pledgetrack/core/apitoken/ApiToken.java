package org.pledgetrack.core.apitoken;

import java.time.Instant;

/** A personal API token as its owner sees it later: never with its secret. */
public record ApiToken(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
                       Instant lastUsedAt, Instant revokedAt) {

    /** Every token's secret begins so: it tells a pledgetrack token apart in a script or a leak scan. */
    public static final String SECRET_START = "pt_";

    /** How the token's secret begins, as its owner's copy shows it: {@code pt_} and the stored prefix. */
    public String startsWith() {
        return SECRET_START + prefix + "_";
    }

    public boolean usableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
