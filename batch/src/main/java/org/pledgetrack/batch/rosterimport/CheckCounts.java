package org.pledgetrack.batch.rosterimport;

/**
 * What the check of a roster found, by row: agencies to add, existing agencies (same ORI) the file
 * changes, existing agencies it leaves as they are, and rows refused.
 */
public record CheckCounts(int newAgencies, int changed, int unchanged, int rejected) {

    /** The rows an import of the valid rows would write. */
    public int toImport() {
        return newAgencies + changed;
    }
}
