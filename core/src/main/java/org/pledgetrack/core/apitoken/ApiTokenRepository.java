package org.pledgetrack.core.apitoken;

import static org.pledgetrack.db.Tables.API_TOKEN;
import static org.pledgetrack.db.Tables.API_TOKEN_REVISION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.pledgetrack.db.tables.records.ApiTokenRecord;
import org.springframework.stereotype.Repository;

@Repository
class ApiTokenRepository {

    private final DSLContext dsl;

    ApiTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long userId, String name, String prefix, String hash, Instant createdAt, Instant expiresAt) {
        return dsl.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, userId)
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_PREFIX, prefix)
                .set(API_TOKEN.TOKEN_HASH, hash)
                .set(API_TOKEN.CREATED_AT, createdAt)
                .set(API_TOKEN.EXPIRES_AT, expiresAt)
                .returning(API_TOKEN.ID)
                .fetchOne(API_TOKEN.ID);
    }

    List<ApiToken> findByUser(long userId) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(userId))
                .orderBy(API_TOKEN.CREATED_AT.desc())
                .fetch(ApiTokenRepository::toToken);
    }

    Optional<ApiTokenRecord> findByHash(String hash) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(hash)).fetchOptional();
    }

    /** The token revision (V142): moves whenever a kept token may have become invalid; null without its row. */
    Long findRevision() {
        return dsl.select(API_TOKEN_REVISION.REVISION).from(API_TOKEN_REVISION).where(API_TOKEN_REVISION.ID.eq((byte) 1))
                .fetchOne(API_TOKEN_REVISION.REVISION);
    }

    Optional<ApiTokenRecord> findById(long id) {
        return dsl.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).fetchOptional();
    }

    void markUsed(long id, Instant at) {
        dsl.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, at).where(API_TOKEN.ID.eq(id)).execute();
    }

    void revoke(long id, Instant at) {
        dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.ID.eq(id)).and(API_TOKEN.REVOKED_AT.isNull()).execute();
    }

    /** Revokes every token of the user that is not revoked yet. */
    void revokeAllOfUser(long userId, Instant at) {
        dsl.update(API_TOKEN).set(API_TOKEN.REVOKED_AT, at)
                .where(API_TOKEN.USER_ID.eq(userId)).and(API_TOKEN.REVOKED_AT.isNull()).execute();
    }

    static ApiToken toToken(ApiTokenRecord r) {
        return new ApiToken(r.getId(), r.getName(), r.getTokenPrefix(), r.getCreatedAt(), r.getExpiresAt(),
                r.getLastUsedAt(), r.getRevokedAt());
    }
}
