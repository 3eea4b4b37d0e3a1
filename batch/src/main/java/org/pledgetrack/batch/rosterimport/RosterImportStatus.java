package org.pledgetrack.batch.rosterimport;

/** Where an uploaded roster file stands. */
public enum RosterImportStatus {
    VALIDATING("Checking rows", false),
    /** Checked; waits for an admin to import the valid rows or nothing. */
    CHECKED("Checked: choose what to import", false),
    IMPORTING("Importing", false),
    /** The file itself is wrong (header, encoding, CSV, a line too long) or no row can be imported. */
    INVALID("Refused: see the error report", true),
    /** The valid rows are in the database. */
    IMPORTED("Imported", true),
    /** Every agency in the file is already as the file says; nothing to import. */
    UNCHANGED("Already up to date, nothing changed", true),
    /** The admin chose to import nothing. */
    DISCARDED("Nothing imported, as chosen", true),
    /** Something other than the file went wrong; nothing was imported. */
    FAILED("Failed, nothing imported", true);

    private final String label;
    private final boolean finished;

    RosterImportStatus(String label, boolean finished) {
        this.label = label;
        this.finished = finished;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return finished;
    }

    /** Whether a job is working on it (checking or importing), so that the screen follows it. */
    public boolean running() {
        return this == VALIDATING || this == IMPORTING;
    }
}
