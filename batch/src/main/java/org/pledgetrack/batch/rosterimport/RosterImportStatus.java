package org.pledgetrack.batch.rosterimport;

/** Where an uploaded roster file stands. */
public enum RosterImportStatus {
    VALIDATING("Checking rows", false),
    IMPORTING("Importing", false),
    /** At least one row was refused, so nothing was imported. */
    INVALID("Refused: see the error report", true),
    /** Every row is in the database. */
    IMPORTED("Imported", true),
    /** The same file was imported before; nothing changed. */
    UNCHANGED("Already imported, nothing changed", true),
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
}
