package org.pledgetrack.core.apitoken;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of personal API tokens.
 *
 * @param tokenMaxValidity {@code pledgetrack.api.token-max-validity}: the longest a new token may be valid,
 *                         in whole days (a token is a password that never asks again, so it should not outlive
 *                         its purpose by long)
 * @param tokenCacheTtl    {@code pledgetrack.api.token-cache-ttl}: the longest a token that authenticated is not
 *                         read again; a revocation anywhere is seen at the next request anyway (the token
 *                         revision), so this only bounds what the revision cannot see (rows changed with its
 *                         triggers dropped)
 */
@ConfigurationProperties("pledgetrack.api")
public record ApiTokenSettings(@DefaultValue("P90D") Duration tokenMaxValidity,
                               @DefaultValue("PT30S") Duration tokenCacheTtl) {

    public ApiTokenSettings {
        if (tokenMaxValidity == null || tokenMaxValidity.toDays() < 1
                || tokenCacheTtl == null || tokenCacheTtl.isNegative()) {
            throw new IllegalArgumentException("pledgetrack.api: token-max-validity must be at least one day and "
                    + "token-cache-ttl not negative, not " + tokenMaxValidity + " and " + tokenCacheTtl);
        }
    }

    /** The longest validity a new token may be given, in days. */
    public int maxValidityDays() {
        return Math.toIntExact(tokenMaxValidity.toDays());
    }
}
