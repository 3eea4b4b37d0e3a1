package org.pledgetrack.core.security;

import java.time.Instant;
import java.util.Optional;

/**
 * What signing in, lockout and session checks read and write about accounts. The accounts themselves
 * (table {@code app_user}) belong to {@code core.account}, whose {@code UserRepository} answers this; the
 * interface lives here so that access checks do not depend on account management.
 */
public interface SignInAccounts {

    /**
     * The sign-in view of an account: identity, hash, whether it may sign in, and the session generation a
     * session signed in with this hash belongs to (one row read, so the two cannot be from different moments).
     */
    Optional<StoredCredentials> findCredentials(String username);

    /**
     * The account as a {@link CurrentUser} when it is enabled. A lock from wrong passwords does not
     * matter here: it stops password guessing, not the owner's API tokens; a disabled account
     * stops those.
     */
    Optional<CurrentUser> findEnabledUser(long userId);

    /** The account's password hash, for confirming who asks before a sensitive change. */
    Optional<String> findPasswordHash(long userId);

    /**
     * Counts a wrong password for an account that exists; returns its count and lock history as
     * they are now, the row locked until the transaction ends (so concurrent failures count one by one).
     */
    Optional<LockState> countFailedLogin(String username);

    /** Locks the account until then as lockout {@code streak} in a row; the wrong passwords count again from 0. */
    void lock(long userId, int streak, Instant until);

    void recordSuccessfulLogin(String username, Instant now);

    /** Ends every session of the account: adds 1 to its session generation and returns the new number. */
    long nextSessionGeneration(long userId);

    /** The account's session generation now; empty when the account is gone. */
    Optional<Long> sessionGeneration(long userId);

    /** An account's wrong passwords since its last lock and its lockouts in a row. */
    record LockState(long userId, String username, int failedLogins, int lockoutStreak, Instant lockedUntil) {
    }

    /** What sign-in needs to know about an account. */
    record StoredCredentials(CurrentUser user, String passwordHash, boolean enabled, Instant lockedUntil,
                             long sessionGeneration) {
    }
}
