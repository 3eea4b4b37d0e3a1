package org.pledgetrack.core.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per source address in a sliding window, so that one address cannot try
 * passwords across many accounts (the per-account lock alone would not notice that). Kept in
 * memory: a restart forgets it, which only shortens a block.
 */
@Component
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public LoginThrottle(Clock clock,
                  @Value("${pledgetrack.login.max-failures-per-address:30}") int maxFailures,
                  @Value("${pledgetrack.login.address-window:PT15M}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public void recordFailure(String address) {
        Deque<Instant> failures = failuresByAddress.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (failures) {
            failures.addLast(clock.instant());
            forgetOld(failures);
        }
    }

    /** Whether sign-in attempts from this address are refused for now. */
    public boolean isBlocked(String address) {
        Deque<Instant> failures = failuresByAddress.get(address);
        if (failures == null) {
            return false;
        }
        synchronized (failures) {
            forgetOld(failures);
            return failures.size() >= maxFailures;
        }
    }

    private void forgetOld(Deque<Instant> failures) {
        Instant cutoff = clock.instant().minus(window);
        while (!failures.isEmpty() && failures.peekFirst().isBefore(cutoff)) {
            failures.removeFirst();
        }
    }
}
