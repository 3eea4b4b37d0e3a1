package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an as-of date's rows and roll-ups are based on (pledge_snapshot_basis, recorded by the last
 * step of a run that completed): the first pledge change epoch the agency rows may not reflect yet,
 * and the TA assignment revision the roll-ups were computed with. An incremental run compares only
 * the agencies changed since that epoch, and changes the roll-ups by difference while that revision
 * is still the current one. A full run's clear step removes the basis; a date without one is
 * compared agency by agency and rolled up from scratch.
 */
final class SnapshotBasis {

    static final String TABLE = "pledge_snapshot_basis";

    record Basis(long changeEpoch, long assignmentRevision) {
    }

    private final JdbcTemplate jdbc;

    SnapshotBasis(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the date's basis for the caller's transaction, so that the incremental steps' changes
     * to the date (even of two job instances) run one after the other. Call it first in the
     * transaction: what is read after it is then one consistent snapshot, newer than the basis.
     */
    Optional<Basis> lock(LocalDate asOf) {
        List<Basis> basis = jdbc.query("SELECT change_epoch, ta_assignment_revision FROM " + TABLE
                + " WHERE as_of = ? FOR UPDATE", (rs, n) -> new Basis(rs.getLong(1), rs.getLong(2)), asOf);
        return basis.stream().findFirst();
    }

    /** Whether the date's roll-ups can be changed by difference: its assignments are still the ones they count. */
    boolean rollupsByDifference(Optional<Basis> basis) {
        return basis.isPresent() && basis.get().assignmentRevision() == assignmentRevision();
    }

    /** The current assignment revision; read in the snapshot that reads the assignments, it is theirs. */
    long assignmentRevision() {
        return jdbc.queryForObject("SELECT revision FROM ta_assignment_revision WHERE id = 1", Long.class);
    }

    void record(LocalDate asOf, long changeEpoch, long assignmentRevision) {
        jdbc.update("INSERT INTO " + TABLE + " (as_of, change_epoch, ta_assignment_revision) VALUES (?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE change_epoch = VALUES(change_epoch), "
                + "ta_assignment_revision = VALUES(ta_assignment_revision)", asOf, changeEpoch, assignmentRevision);
    }
}
