package org.pledgetrack.core.snapshot;

/**
 * The generation of what the read API's agency status answers are made of (table
 * {@code snapshot_generation}, one row). {@link SnapshotService#agencyStatus} keeps answers under the
 * generation it read, so whatever changes snapshot rows must bump it in the same transaction: the
 * pledge status job's clear and roll-up steps and the generator's roll-ups do. TA staff assignments
 * count in {@code ta_assignment_revision}, which the generation is read together with.
 */
public final class SnapshotGeneration {

    /**
     * Bumps the generation. Run it as late as possible in the transaction that changes the rows: it
     * locks the one row until that transaction ends, so two jobs' bumps wait for each other.
     */
    public static final String BUMP_SQL =
            "UPDATE snapshot_generation SET generation = generation + 1, changed_at = UTC_TIMESTAMP(6) WHERE id = 1";

    private SnapshotGeneration() {
    }
}
