package org.pledgetrack.batch.rosterimport;

import java.io.IOException;

/**
 * The file is past one of the bounds of {@link RosterImportSettings}, so nothing more of it is read.
 * An {@link IOException} because the reader under the CSV parser raises it in the middle of a read.
 */
final class RosterFileRefused extends IOException {

    private final transient RowError error;

    RosterFileRefused(RowError error) {
        super(error.message());
        this.error = error;
    }

    RowError error() {
        return error;
    }
}
