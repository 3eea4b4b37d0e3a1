package org.pledgetrack.batch.rosterimport;

/**
 * Why one line of a roster file was refused.
 *
 * @param line  the line of the file where the row starts (the header is line 1)
 * @param field the column at fault, or {@code null} when the whole row or file is
 */
public record RowError(long line, String field, String message) {
}
