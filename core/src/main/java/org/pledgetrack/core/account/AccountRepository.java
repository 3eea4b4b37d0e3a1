package org.pledgetrack.core.account;

import static org.pledgetrack.db.Tables.APP_USER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** What account management writes to {@code app_user} beside sign-in's own columns. */
@Repository
class AccountRepository {

    private final DSLContext dsl;

    AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** An enabled account that has no usable password until its invitation is used. */
    long insertWithoutPassword(AccountDetails details, String unusableHash, Instant now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, details.username())
                .set(APP_USER.PASSWORD_HASH, unusableHash)
                .set(APP_USER.DISPLAY_NAME, details.displayName())
                .set(APP_USER.EMAIL, details.email())
                .set(APP_USER.ROLE, details.role().name())
                .set(APP_USER.ORGANIZATION_ID, details.organizationId())
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
    }

    boolean usernameTaken(String username) {
        return dsl.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    Optional<String> findUsername(long userId) {
        return dsl.select(APP_USER.USERNAME).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.USERNAME);
    }

    void updateDetails(long userId, AccountDetails details, Instant now) {
        dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, details.displayName())
                .set(APP_USER.EMAIL, details.email())
                .set(APP_USER.ROLE, details.role().name())
                .set(APP_USER.ORGANIZATION_ID, details.organizationId())
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    void setEnabled(long userId, boolean enabled, Instant now) {
        dsl.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /** Accounts that have never had a password set (made by an admin or a roster import, not yet invited in). */
    Set<Long> withoutPassword() {
        return new HashSet<>(dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.PASSWORD_CHANGED_AT.isNull())
                .fetch(APP_USER.ID));
    }

    /** Enabled accounts whose username is this, or whose e-mail address is this (letter case aside). */
    List<Long> findEnabledByUsernameOrEmail(String usernameOrEmail) {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.USERNAME.eq(usernameOrEmail).or(APP_USER.EMAIL.equalIgnoreCase(usernameOrEmail)))
                .and(APP_USER.ENABLED.isTrue())
                .orderBy(APP_USER.ID)
                .fetch(APP_USER.ID);
    }

    Recipient recipient(long userId) {
        return dsl.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.ID.eq(userId))
                .fetchSingle(r -> new Recipient(userId, r.value1(), r.value2(), r.value3()));
    }

    /** Whom a password link is for. */
    record Recipient(long userId, String username, String displayName, String email) {
    }
}
