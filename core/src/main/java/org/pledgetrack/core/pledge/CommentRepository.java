package org.pledgetrack.core.pledge;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ITEM_COMMENT;

import java.time.Instant;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** The comment thread of pledge items. */
@Repository
class CommentRepository {

    private final DSLContext dsl;

    CommentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    long insert(long itemId, ItemComment.Kind kind, String body, long authorId, Instant now) {
        return dsl.insertInto(ITEM_COMMENT)
                .set(ITEM_COMMENT.PLEDGE_ITEM_ID, itemId)
                .set(ITEM_COMMENT.AUTHOR_ID, authorId)
                .set(ITEM_COMMENT.KIND, kind.name())
                .set(ITEM_COMMENT.BODY, body)
                .set(ITEM_COMMENT.CREATED_AT, now)
                .returning(ITEM_COMMENT.ID).fetchOne(ITEM_COMMENT.ID);
    }

    /** The thread, oldest first. */
    List<ItemComment> findForItem(long itemId) {
        return dsl.select(ITEM_COMMENT.ID, APP_USER.DISPLAY_NAME, ITEM_COMMENT.KIND, ITEM_COMMENT.BODY,
                        ITEM_COMMENT.RESOLVED, ITEM_COMMENT.CREATED_AT)
                .from(ITEM_COMMENT).leftJoin(APP_USER).on(APP_USER.ID.eq(ITEM_COMMENT.AUTHOR_ID))
                .where(ITEM_COMMENT.PLEDGE_ITEM_ID.eq(itemId))
                .orderBy(ITEM_COMMENT.CREATED_AT, ITEM_COMMENT.ID)
                .fetch(r -> new ItemComment(r.value1(), r.value2(), ItemComment.Kind.valueOf(r.value3()), r.value4(),
                        r.value5(), r.value6()));
    }

    /** Closes the item's open comments, e.g. once it is verified; returns how many. */
    int resolveOpen(long itemId) {
        return dsl.update(ITEM_COMMENT).set(ITEM_COMMENT.RESOLVED, true)
                .where(ITEM_COMMENT.PLEDGE_ITEM_ID.eq(itemId)).and(ITEM_COMMENT.RESOLVED.isFalse())
                .execute();
    }
}
