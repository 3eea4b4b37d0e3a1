package org.pledgetrack.core.account;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.PASSWORD_LINK;
import static org.pledgetrack.db.Tables.PASSWORD_RESET_REQUEST;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** One-time password links (only their hashes) and the "Forgot password?" requests counted for the limits. */
@Repository
class PasswordLinkRepository {

    private final DSLContext dsl;

    PasswordLinkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(long userId, PasswordLinkPurpose purpose, String tokenHash, String createdBy, Instant now,
                Instant expiresAt) {
        dsl.insertInto(PASSWORD_LINK)
                .set(PASSWORD_LINK.USER_ID, userId)
                .set(PASSWORD_LINK.PURPOSE, purpose.name())
                .set(PASSWORD_LINK.TOKEN_HASH, tokenHash)
                .set(PASSWORD_LINK.CREATED_BY, createdBy)
                .set(PASSWORD_LINK.CREATED_AT, now)
                .set(PASSWORD_LINK.EXPIRES_AT, expiresAt)
                .execute();
    }

    /** The link with this hash, its row locked until the transaction ends so that two uses cannot both pass. */
    Optional<StoredLink> findForUpdate(String tokenHash) {
        return dsl.select(PASSWORD_LINK.ID, PASSWORD_LINK.USER_ID, PASSWORD_LINK.PURPOSE, PASSWORD_LINK.EXPIRES_AT,
                        PASSWORD_LINK.USED_AT, PASSWORD_LINK.REVOKED_AT, APP_USER.USERNAME)
                .from(PASSWORD_LINK).join(APP_USER).on(APP_USER.ID.eq(PASSWORD_LINK.USER_ID))
                .where(PASSWORD_LINK.TOKEN_HASH.eq(tokenHash))
                .forUpdate()
                .fetchOptional(r -> new StoredLink(r.value1(), r.value2(), PasswordLinkPurpose.valueOf(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7()));
    }

    void markUsed(long linkId, Instant now) {
        dsl.update(PASSWORD_LINK).set(PASSWORD_LINK.USED_AT, now).where(PASSWORD_LINK.ID.eq(linkId)).execute();
    }

    /** Revokes the account's links that could still be used. */
    void revokeOpen(long userId, Instant now) {
        dsl.update(PASSWORD_LINK).set(PASSWORD_LINK.REVOKED_AT, now)
                .where(PASSWORD_LINK.USER_ID.eq(userId))
                .and(PASSWORD_LINK.USED_AT.isNull()).and(PASSWORD_LINK.REVOKED_AT.isNull())
                .and(PASSWORD_LINK.EXPIRES_AT.gt(DSL.val(now, PASSWORD_LINK.EXPIRES_AT)))
                .execute();
    }

    /** For each account with an invitation that can still be used: until when. */
    Map<Long, Instant> openInvitations(Instant now) {
        return dsl.select(PASSWORD_LINK.USER_ID, DSL.max(PASSWORD_LINK.EXPIRES_AT))
                .from(PASSWORD_LINK)
                .where(PASSWORD_LINK.PURPOSE.eq(PasswordLinkPurpose.INVITATION.name()))
                .and(PASSWORD_LINK.USED_AT.isNull()).and(PASSWORD_LINK.REVOKED_AT.isNull())
                .and(PASSWORD_LINK.EXPIRES_AT.gt(DSL.val(now, PASSWORD_LINK.EXPIRES_AT)))
                .groupBy(PASSWORD_LINK.USER_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
    }

    /** Accounts of a roster import that have never had a password and have no invitation that still works. */
    java.util.List<Long> notYetInvitedOfRosterImport(long importId, Instant now) {
        return dsl.select(APP_USER.ID).from(APP_USER)
                .where(APP_USER.ROSTER_IMPORT_ID.eq(importId)).and(APP_USER.PASSWORD_CHANGED_AT.isNull())
                .andNotExists(dsl.selectOne().from(PASSWORD_LINK)
                        .where(PASSWORD_LINK.USER_ID.eq(APP_USER.ID))
                        .and(PASSWORD_LINK.PURPOSE.eq(PasswordLinkPurpose.INVITATION.name()))
                        .and(PASSWORD_LINK.USED_AT.isNull()).and(PASSWORD_LINK.REVOKED_AT.isNull())
                        .and(PASSWORD_LINK.EXPIRES_AT.gt(DSL.val(now, PASSWORD_LINK.EXPIRES_AT))))
                .orderBy(APP_USER.ID)
                .fetch(APP_USER.ID);
    }

    void recordResetRequest(String address, Long userId, Instant now) {
        dsl.insertInto(PASSWORD_RESET_REQUEST)
                .set(PASSWORD_RESET_REQUEST.ADDRESS, address)
                .set(PASSWORD_RESET_REQUEST.USER_ID, userId)
                .set(PASSWORD_RESET_REQUEST.REQUESTED_AT, now)
                .execute();
    }

    int resetRequestsFromAddressSince(String address, Instant since) {
        return dsl.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.ADDRESS.eq(address)
                .and(PASSWORD_RESET_REQUEST.REQUESTED_AT.ge(DSL.val(since, PASSWORD_RESET_REQUEST.REQUESTED_AT))));
    }

    int resetRequestsForAccountSince(long userId, Instant since) {
        return dsl.fetchCount(PASSWORD_RESET_REQUEST, PASSWORD_RESET_REQUEST.USER_ID.eq(userId)
                .and(PASSWORD_RESET_REQUEST.REQUESTED_AT.ge(DSL.val(since, PASSWORD_RESET_REQUEST.REQUESTED_AT))));
    }

    void deleteResetRequestsBefore(Instant cutoff) {
        dsl.deleteFrom(PASSWORD_RESET_REQUEST)
                .where(PASSWORD_RESET_REQUEST.REQUESTED_AT.lt(DSL.val(cutoff, PASSWORD_RESET_REQUEST.REQUESTED_AT)))
                .execute();
    }

    /** A stored link as the "set your password" page needs it. */
    record StoredLink(long id, long userId, PasswordLinkPurpose purpose, Instant expiresAt, Instant usedAt,
                      Instant revokedAt, String username) {
    }
}
