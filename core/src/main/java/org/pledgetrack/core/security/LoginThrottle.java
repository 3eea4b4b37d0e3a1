package org.pledgetrack.core.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per source address in a sliding window ({@link AddressLimit}), so that one
 * address can neither try passwords across many accounts nor keep hammering a locked one (the
 * per-account lock alone would notice neither). Kept in the database, so the limit holds across
 * the nodes of one database and across restarts.
 */
@Component
public class LoginThrottle {

    private final SignInFailureRepository failures;
    private final AddressLimit limit;
    private final Clock clock;

    LoginThrottle(SignInFailureRepository failures, AddressLimit limit, Clock clock) {
        this.failures = failures;
        this.limit = limit;
        this.clock = clock;
    }

    /**
     * Counts a failed sign-in from the address and forgets failures older than the window. Each
     * statement commits on its own, on purpose: a range delete and an insert in one transaction
     * could deadlock with another sign-in failing at the same moment.
     */
    public void recordFailure(String address) {
        Instant now = clock.instant();
        failures.insert(address, now);
        failures.deleteBefore(now.minus(limit.addressWindow()));
    }

    /** Whether sign-in attempts from this address are refused for now. */
    public boolean isBlocked(String address) {
        return failures.countSince(address, clock.instant().minus(limit.addressWindow()))
                >= limit.maxFailuresPerAddress();
    }
}
