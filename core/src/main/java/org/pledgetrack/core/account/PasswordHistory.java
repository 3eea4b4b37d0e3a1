package org.pledgetrack.core.account;

import static org.pledgetrack.db.Tables.PASSWORD_HISTORY;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/**
 * An account's earlier password hashes, so that a password change cannot go back to one of the last
 * {@code pledgetrack.password.history} passwords (and a forced change cannot be undone at once).
 */
@Repository
@EnableConfigurationProperties(PasswordHistorySettings.class)
class PasswordHistory {

    private final DSLContext dsl;
    private final PasswordEncoder passwordEncoder;
    private final int kept;

    PasswordHistory(DSLContext dsl, PasswordEncoder passwordEncoder, PasswordHistorySettings settings) {
        this.dsl = dsl;
        this.passwordEncoder = passwordEncoder;
        this.kept = settings.history();
    }

    /**
     * Refuses a new password that is the current one or one of the earlier ones kept.
     *
     * @throws IllegalArgumentException naming how many recent passwords may not be used again
     */
    void checkNotReused(long userId, String currentHash, String newPassword) {
        boolean reused = passwordEncoder.matches(newPassword, currentHash)
                || earlierHashes(userId).stream().anyMatch(hash -> passwordEncoder.matches(newPassword, hash));
        if (reused) {
            throw new IllegalArgumentException(kept == 1
                    ? "Choose a password different from the current one."
                    : "Choose a password different from your last " + kept + " passwords.");
        }
    }

    /** Keeps the hash a change replaces and forgets those beyond the ones that count. */
    void remember(long userId, String replacedHash, Instant at) {
        dsl.insertInto(PASSWORD_HISTORY)
                .set(PASSWORD_HISTORY.USER_ID, userId)
                .set(PASSWORD_HISTORY.PASSWORD_HASH, replacedHash)
                .set(PASSWORD_HISTORY.REPLACED_AT, at)
                .execute();
        List<Long> keep = dsl.select(PASSWORD_HISTORY.ID).from(PASSWORD_HISTORY)
                .where(PASSWORD_HISTORY.USER_ID.eq(userId))
                .orderBy(PASSWORD_HISTORY.ID.desc()).limit(kept - 1)
                .fetch(PASSWORD_HISTORY.ID);
        dsl.deleteFrom(PASSWORD_HISTORY)
                .where(PASSWORD_HISTORY.USER_ID.eq(userId)).and(PASSWORD_HISTORY.ID.notIn(keep))
                .execute();
    }

    /** The kept hashes before the current one, newest first: the current password plus these make {@code kept}. */
    private List<String> earlierHashes(long userId) {
        return dsl.select(PASSWORD_HISTORY.PASSWORD_HASH).from(PASSWORD_HISTORY)
                .where(PASSWORD_HISTORY.USER_ID.eq(userId))
                .orderBy(PASSWORD_HISTORY.ID.desc()).limit(kept - 1)
                .fetch(PASSWORD_HISTORY.PASSWORD_HASH);
    }
}
