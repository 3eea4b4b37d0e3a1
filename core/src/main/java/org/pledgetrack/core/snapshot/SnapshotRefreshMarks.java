package org.pledgetrack.core.snapshot;

import static org.pledgetrack.db.Tables.PLEDGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_ITEM_TARGET_CHANGE;
import static org.pledgetrack.db.Tables.PLEDGE_STATUS_CHANGE;
import static org.pledgetrack.db.Tables.SNAPSHOT_REFRESH;

import java.time.Instant;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The change mark of the data the pledge status numbers come from, and the mark each refresh job last
 * computed (table {@code snapshot_refresh}): the batch module's refresh compares the two to skip a run
 * when nothing changed.
 */
@Component
public class SnapshotRefreshMarks {

    private final DSLContext dsl;

    SnapshotRefreshMarks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The sum of the newest ids of item status changes, item target date changes, pledge status
     * changes and pledges (V95): it differs from an earlier mark whenever a pledge or one of its
     * items changed in between, whichever node or tool wrote it.
     */
    public long findChangeMark() {
        return dsl.select(newestId(PLEDGE_ITEM_STATUS_CHANGE, PLEDGE_ITEM_STATUS_CHANGE.ID)
                        .plus(newestId(PLEDGE_ITEM_TARGET_CHANGE, PLEDGE_ITEM_TARGET_CHANGE.ID))
                        .plus(newestId(PLEDGE_STATUS_CHANGE, PLEDGE_STATUS_CHANGE.ID))
                        .plus(newestId(PLEDGE, PLEDGE.ID)))
                .fetchSingle().value1();
    }

    /** The mark read before the job's latest completed refresh run; empty before the first. */
    public Optional<Long> findRefreshedMark(String jobName) {
        return dsl.select(SNAPSHOT_REFRESH.CHANGE_MARK).from(SNAPSHOT_REFRESH)
                .where(SNAPSHOT_REFRESH.JOB_NAME.eq(jobName))
                .fetchOptional(SNAPSHOT_REFRESH.CHANGE_MARK);
    }

    public void recordRefreshed(String jobName, long changeMark, Instant refreshedAt) {
        // insert, then update: jOOQ's MySQL upsert ("AS excluded") is syntax MariaDB does not know
        dsl.insertInto(SNAPSHOT_REFRESH)
                .set(SNAPSHOT_REFRESH.JOB_NAME, jobName)
                .set(SNAPSHOT_REFRESH.CHANGE_MARK, changeMark)
                .set(SNAPSHOT_REFRESH.REFRESHED_AT, refreshedAt)
                .onDuplicateKeyIgnore()
                .execute();
        dsl.update(SNAPSHOT_REFRESH)
                .set(SNAPSHOT_REFRESH.CHANGE_MARK, changeMark)
                .set(SNAPSHOT_REFRESH.REFRESHED_AT, refreshedAt)
                .where(SNAPSHOT_REFRESH.JOB_NAME.eq(jobName))
                .execute();
    }

    private static Field<Long> newestId(Table<?> table, Field<Long> id) {
        return DSL.coalesce(DSL.field(DSL.select(DSL.max(id)).from(table)), 0L);
    }
}
