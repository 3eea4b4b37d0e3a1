package org.pledgetrack.core.draft;

import static org.pledgetrack.db.Tables.DRAFT;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/** Drafts, always looked up by their owner and place together. */
@Repository
class DraftRepository {

    private final DSLContext dsl;

    DraftRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Replaces the user's draft for the place, or creates it. Written as update-then-insert: jOOQ's
     * MySQL upsert syntax ({@code AS excluded}) is one MariaDB does not accept.
     */
    void upsert(long userId, String contextKey, String text, Instant now) {
        if (update(userId, contextKey, text, now) > 0) {
            return;
        }
        try {
            dsl.insertInto(DRAFT)
                    .set(DRAFT.USER_ID, userId)
                    .set(DRAFT.CONTEXT_KEY, contextKey)
                    .set(DRAFT.BODY, text)
                    .set(DRAFT.UPDATED_AT, now)
                    .execute();
        } catch (DuplicateKeyException createdMeanwhile) {
            // the same user's other tab created it a moment ago; InnoDB undid only the failed statement
            update(userId, contextKey, text, now);
        }
    }

    private int update(long userId, String contextKey, String text, Instant now) {
        return dsl.update(DRAFT).set(DRAFT.BODY, text).set(DRAFT.UPDATED_AT, now)
                .where(DRAFT.USER_ID.eq(userId), DRAFT.CONTEXT_KEY.eq(contextKey))
                .execute();
    }

    Optional<Draft> find(long userId, String contextKey) {
        return dsl.select(DRAFT.BODY, DRAFT.UPDATED_AT).from(DRAFT)
                .where(DRAFT.USER_ID.eq(userId), DRAFT.CONTEXT_KEY.eq(contextKey))
                .fetchOptional(r -> new Draft(r.value1(), r.value2()));
    }

    void delete(long userId, String contextKey) {
        dsl.deleteFrom(DRAFT).where(DRAFT.USER_ID.eq(userId), DRAFT.CONTEXT_KEY.eq(contextKey)).execute();
    }
}
