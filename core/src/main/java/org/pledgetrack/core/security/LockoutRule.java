package org.pledgetrack.core.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When wrong passwords lock an account, and for how long. The lock is there to stop online
 * password guessing, not to keep the owner out: every lock ends by itself, and its length grows
 * with the lockouts in a row only up to the last of {@code lockDurations}, so nobody outside can
 * make a lock permanent. The wrong passwords count again from 0 after each lock; attempts while
 * locked are refused before the password is checked and do not count for the account (they count
 * for their source address, {@link AddressLimit}).
 *
 * <p>A lockout continues the streak when it begins within {@code lockStreakResetsAfter} of the
 * previous lock's end; otherwise the streak starts over at the first duration. A good sign-in or
 * an admin's unlock ends the streak at once.
 *
 * @param lockAfterFailures     {@code pledgetrack.login.lock-after-failures}: wrong passwords in a row that lock
 * @param lockDurations         {@code pledgetrack.login.lock-durations}: the first, second, … lock of a streak;
 *                              the last one repeats
 * @param lockStreakResetsAfter {@code pledgetrack.login.lock-streak-resets-after}: time without a lock after
 *                              which the next lock is the first again
 */
@ConfigurationProperties("pledgetrack.login")
public record LockoutRule(@DefaultValue("10") int lockAfterFailures,
                          @DefaultValue({"PT15M", "PT1H", "PT4H"}) List<Duration> lockDurations,
                          @DefaultValue("P1D") Duration lockStreakResetsAfter) {

    public LockoutRule {
        if (lockAfterFailures < 1 || lockDurations == null || lockDurations.isEmpty()
                || lockDurations.stream().anyMatch(d -> d == null || !d.isPositive())
                || lockStreakResetsAfter == null || lockStreakResetsAfter.isNegative()) {
            throw new IllegalArgumentException("pledgetrack.login: lock-after-failures must be at least 1, "
                    + "lock-durations a list of positive durations and lock-streak-resets-after not negative, not "
                    + lockAfterFailures + ", " + lockDurations + " and " + lockStreakResetsAfter);
        }
        lockDurations = List.copyOf(lockDurations);
    }

    /** Whether this many wrong passwords in a row lock the account. */
    public boolean locksAfter(int failures) {
        return failures >= lockAfterFailures;
    }

    /**
     * The place in its streak of a lockout beginning {@code now}: 1 for the first, or one more than
     * {@code previousStreak} when the previous lock ended less than {@code lockStreakResetsAfter} ago.
     */
    public int streakAt(Instant now, int previousStreak, Instant previousLockEnd) {
        boolean continues = previousStreak > 0 && previousLockEnd != null
                && now.isBefore(previousLockEnd.plus(lockStreakResetsAfter));
        return continues ? previousStreak + 1 : 1;
    }

    /** How long the lockout at this place of its streak lasts; from the last duration on, the last. */
    public Duration lockFor(int streak) {
        return lockDurations.get(Math.min(Math.max(streak, 1), lockDurations.size()) - 1);
    }
}
