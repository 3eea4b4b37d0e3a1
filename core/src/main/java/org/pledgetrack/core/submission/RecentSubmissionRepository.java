package org.pledgetrack.core.submission;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.RECENT_SUBMISSION;

import java.time.Instant;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The creates of the last seconds, per user. */
@Repository
class RecentSubmissionRepository {

    private final DSLContext dsl;

    RecentSubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Holds the user's account row until the transaction ends, so one user's creates are judged in turn. */
    void lockUser(long userId) {
        dsl.select(APP_USER.ID).from(APP_USER).where(APP_USER.ID.eq(userId)).forUpdate().fetch();
    }

    Long findCreatedSince(long userId, String kind, String contentHash, Instant since) {
        return dsl.select(RECENT_SUBMISSION.CREATED_ID).from(RECENT_SUBMISSION)
                .where(RECENT_SUBMISSION.USER_ID.eq(userId), RECENT_SUBMISSION.KIND.eq(kind),
                        RECENT_SUBMISSION.CONTENT_HASH.eq(contentHash), RECENT_SUBMISSION.CREATED_AT.ge(since))
                .orderBy(RECENT_SUBMISSION.CREATED_AT.desc()).limit(1)
                .fetchOne(RECENT_SUBMISSION.CREATED_ID);
    }

    void insert(long userId, String kind, String contentHash, long createdId, Instant now) {
        dsl.insertInto(RECENT_SUBMISSION)
                .set(RECENT_SUBMISSION.USER_ID, userId)
                .set(RECENT_SUBMISSION.KIND, kind)
                .set(RECENT_SUBMISSION.CONTENT_HASH, contentHash)
                .set(RECENT_SUBMISSION.CREATED_ID, createdId)
                .set(RECENT_SUBMISSION.CREATED_AT, now)
                .execute();
    }

    void deleteOlderThan(long userId, Instant cutoff) {
        dsl.deleteFrom(RECENT_SUBMISSION)
                .where(RECENT_SUBMISSION.USER_ID.eq(userId), RECENT_SUBMISSION.CREATED_AT.lt(cutoff))
                .execute();
    }
}
