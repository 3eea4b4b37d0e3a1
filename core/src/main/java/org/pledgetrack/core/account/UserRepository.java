package org.pledgetrack.core.account;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.security.SignInAccounts;
import org.springframework.stereotype.Repository;

/**
 * The accounts, table {@code app_user}: account management's reads and writes, and what signing in needs
 * ({@link SignInAccounts}). Outside {@code core.account} only the demo data and the tools use it directly.
 */
@Repository
public class UserRepository implements SignInAccounts {

    private final DSLContext dsl;

    UserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StoredCredentials> findCredentials(String username) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE,
                        APP_USER.ORGANIZATION_ID, ORGANIZATION.NAME, APP_USER.PASSWORD_HASH, APP_USER.ENABLED,
                        APP_USER.LOCKED_UNTIL, APP_USER.SESSION_GENERATION)
                .from(APP_USER).join(ORGANIZATION).on(ORGANIZATION.ID.eq(APP_USER.ORGANIZATION_ID))
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new StoredCredentials(
                        new CurrentUser(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                                Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.ORGANIZATION_ID),
                                r.get(ORGANIZATION.NAME)),
                        r.get(APP_USER.PASSWORD_HASH), r.get(APP_USER.ENABLED), r.get(APP_USER.LOCKED_UNTIL),
                        r.get(APP_USER.SESSION_GENERATION)));
    }

    @Override
    public Optional<CurrentUser> findEnabledUser(long userId) {
        return dsl.select(APP_USER.USERNAME).from(APP_USER)
                .where(APP_USER.ID.eq(userId)).and(APP_USER.ENABLED.isTrue())
                .fetchOptional(APP_USER.USERNAME)
                .flatMap(this::findCredentials)
                .map(StoredCredentials::user);
    }

    public Optional<UserAccount> findByUsername(String username) {
        return accounts().where(APP_USER.USERNAME.eq(username)).fetchOptional(this::toAccount);
    }

    public List<UserAccount> findAll() {
        return accounts().orderBy(APP_USER.ROLE, APP_USER.USERNAME).fetch(this::toAccount);
    }

    public long insert(NewUser user, String passwordHash, Instant now) {
        return dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, user.username())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.DISPLAY_NAME, user.displayName())
                .set(APP_USER.EMAIL, user.email())
                .set(APP_USER.ROLE, user.role().name())
                .set(APP_USER.ORGANIZATION_ID, user.organizationId())
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .returning(APP_USER.ID)
                .fetchOne(APP_USER.ID);
    }

    @Override
    public Optional<LockState> countFailedLogin(String username) {
        int counted = dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, APP_USER.FAILED_LOGIN_COUNT.plus(1))
                .where(APP_USER.USERNAME.eq(username))
                .execute();
        if (counted == 0) {
            return Optional.empty();
        }
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.FAILED_LOGIN_COUNT, APP_USER.LOCKOUT_STREAK,
                        APP_USER.LOCKED_UNTIL)
                .from(APP_USER).where(APP_USER.USERNAME.eq(username))
                .fetchOptional(r -> new LockState(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public void lock(long userId, int streak, Instant until) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .set(APP_USER.LOCKOUT_STREAK, streak)
                .set(APP_USER.LOCKED_UNTIL, until)
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    @Override
    public void recordSuccessfulLogin(String username, Instant now) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .set(APP_USER.LOCKOUT_STREAK, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.LAST_LOGIN_AT, now)
                .where(APP_USER.USERNAME.eq(username))
                .execute();
    }

    @Override
    public Optional<String> findPasswordHash(long userId) {
        return dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.PASSWORD_HASH);
    }

    void updatePassword(long userId, String passwordHash, Instant now) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    /**
     * Lifts a lock from too many wrong passwords and resets the count and the streak; returns whether
     * the account exists.
     */
    boolean unlock(long userId) {
        return dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .set(APP_USER.LOCKOUT_STREAK, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(userId))
                .execute() == 1;
    }

    /**
     * The way back in for a locked-out admin: a new password, enabled, unlocked, the count and the
     * streak reset.
     */
    void restoreAccess(long userId, String passwordHash, Instant now) {
        dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .set(APP_USER.LOCKOUT_STREAK, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.UPDATED_AT, now)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
    }

    @Override
    public long nextSessionGeneration(long userId) {
        dsl.update(APP_USER)
                .set(APP_USER.SESSION_GENERATION, APP_USER.SESSION_GENERATION.plus(1))
                .where(APP_USER.ID.eq(userId))
                .execute();
        return dsl.select(APP_USER.SESSION_GENERATION).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchSingle(APP_USER.SESSION_GENERATION);
    }

    @Override
    public Optional<Long> sessionGeneration(long userId) {
        return dsl.select(APP_USER.SESSION_GENERATION).from(APP_USER).where(APP_USER.ID.eq(userId))
                .fetchOptional(APP_USER.SESSION_GENERATION);
    }

    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    private org.jooq.SelectOnConditionStep<Record> accounts() {
        return dsl.select(APP_USER.fields()).select(ORGANIZATION.NAME)
                .from(APP_USER).join(ORGANIZATION).on(ORGANIZATION.ID.eq(APP_USER.ORGANIZATION_ID));
    }

    private UserAccount toAccount(Record r) {
        return new UserAccount(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.EMAIL), Role.valueOf(r.get(APP_USER.ROLE)), r.get(APP_USER.ORGANIZATION_ID),
                r.get(ORGANIZATION.NAME), r.get(APP_USER.ENABLED), r.get(APP_USER.FAILED_LOGIN_COUNT),
                r.get(APP_USER.LAST_LOGIN_AT), r.get(APP_USER.LOCKED_UNTIL), r.get(APP_USER.LOCKOUT_STREAK));
    }
}
