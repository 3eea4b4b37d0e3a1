package org.pledgetrack.batch.pledgestatus;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The change epoch (see the V75 migration): triggers stamp the agency of every pledge change (and
 * every agency moved to another state) with the current epoch, read under a shared lock held until
 * the change commits. A run reads the epoch when it starts and advances it when it ends (the
 * one-step incremental run advances it first: see {@link #advanceFirst}); the advance waits until
 * the changes stamped with the old epoch have committed. So when a run starts with epoch {@code e},
 * every change stamped before {@code e} is visible to it, and the changes it may miss are stamped
 * {@code e} or later: the first epoch its date's {@link SnapshotBasis} records.
 */
final class PledgeChangeEpoch {

    /** The job execution context's key for the epoch the run started with. */
    static final String STARTED_WITH = "pledgeChangeEpoch";

    private final JdbcTemplate jdbc;

    PledgeChangeEpoch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.queryForObject("SELECT epoch FROM change_epoch WHERE id = 1", Long.class);
    }

    /**
     * First in a transaction, before any plain read (which would fix the transaction's snapshot):
     * advances the epoch once the changes stamped with the current one have committed, and returns
     * the new epoch. The transaction's reads then see every change stamped before it, and changers
     * wait until the transaction commits, so no change is stamped with the old epoch unseen: the
     * new epoch is the basis, and the next run need not look again at the agencies this one saw.
     */
    long advanceFirst() {
        advance();
        return current();
    }

    /** Last in a transaction: changers wait from here until it commits. */
    void advance() {
        jdbc.update("UPDATE change_epoch SET epoch = epoch + 1 WHERE id = 1");
    }
}
