package org.pledgetrack.core.snapshot;

import static org.pledgetrack.db.Tables.SNAPSHOT_GENERATION;

import java.time.Instant;

import org.jooq.DSLContext;

/**
 * The generation of what the read API's agency status answers are made of (table
 * {@code snapshot_generation}, one row). {@link SnapshotService#agencyStatus} keeps answers under the
 * generation it read, so whatever changes snapshot rows must bump it in the same transaction: the
 * pledge status job's clear and roll-up steps and the generator's roll-ups do. TA staff assignments
 * count in {@code ta_assignment_revision}, which the generation is read together with.
 */
public final class SnapshotGeneration {

    private static final byte ROW = 1;

    private SnapshotGeneration() {
    }

    /**
     * Bumps the generation. Call it as late as possible in the transaction that changes the rows: it
     * locks the one row until that transaction ends, so two jobs' bumps wait for each other.
     */
    public static void bump(DSLContext dsl, Instant now) {
        dsl.update(SNAPSHOT_GENERATION)
                .set(SNAPSHOT_GENERATION.GENERATION, SNAPSHOT_GENERATION.GENERATION.plus(1))
                .set(SNAPSHOT_GENERATION.CHANGED_AT, now)
                .where(SNAPSHOT_GENERATION.ID.eq(ROW))
                .execute();
    }
}
