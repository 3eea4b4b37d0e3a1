package org.pledgetrack.batch.rosterimport;

import java.time.Instant;

/**
 * One upload of a roster file and its outcome.
 *
 * @param found     what the check found, row by row
 * @param decidedBy the admin who chose to import the valid rows or nothing, once one did
 * @param progress  how far the running job has read the file, 0 to 1 (1 once it has ended)
 */
public record RosterImportRun(long id, String originalName, RosterImportStatus status, int rowsRead,
                              int errorCount, CheckCounts found, int agenciesCreated, int agenciesUpdated,
                              int usersCreated, String message, String createdBy, String decidedBy,
                              Instant createdAt, Instant finishedAt, double progress) {

    RosterImportRun withProgress(double value) {
        return new RosterImportRun(id, originalName, status, rowsRead, errorCount, found, agenciesCreated,
                agenciesUpdated, usersCreated, message, createdBy, decidedBy, createdAt, finishedAt,
                status.running() ? value : 1);
    }
}
