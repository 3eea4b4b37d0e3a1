package org.pledgetrack.batch.rosterimport;

import java.time.Instant;

/**
 * One upload of a roster file and its outcome.
 *
 * @param progress how far the current phase has read the file, 0 to 1 (1 once finished)
 */
public record RosterImportRun(long id, String originalName, RosterImportStatus status, int rowsRead,
                              int errorCount, int agenciesCreated, int usersCreated, String message,
                              String createdBy, Instant createdAt, Instant finishedAt, double progress) {

    RosterImportRun withProgress(double value) {
        return new RosterImportRun(id, originalName, status, rowsRead, errorCount, agenciesCreated, usersCreated,
                message, createdBy, createdAt, finishedAt, status.finished() ? 1 : value);
    }
}
