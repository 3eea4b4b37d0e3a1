package org.pledgetrack.batch.rosterimport;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on a roster file and what its import keeps. A roster has eleven columns and short lines, so
 * anything far past that is refused at once instead of being parsed and reported cell by cell.
 *
 * @param maxSize          {@code pledgetrack.roster-import.max-size}: the largest file accepted
 * @param maxColumns       {@code pledgetrack.roster-import.max-columns}: the most columns a header may name
 * @param maxLineLength    {@code pledgetrack.roster-import.max-line-length}: the most characters on one line
 *                         of the file, checked while it is read, so no longer line is ever held whole
 * @param maxStoredErrors  {@code pledgetrack.roster-import.max-stored-errors}: the row errors kept for the
 *                         error report; the rest are counted, not stored
 */
@ConfigurationProperties("pledgetrack.roster-import")
public record RosterImportSettings(@DefaultValue("20MB") DataSize maxSize,
                                   @DefaultValue("50") int maxColumns,
                                   @DefaultValue("10000") int maxLineLength,
                                   @DefaultValue("1000") int maxStoredErrors) {

    public RosterImportSettings {
        if (maxColumns < RosterColumn.values().length || maxLineLength < 1 || maxStoredErrors < 1) {
            throw new IllegalArgumentException("pledgetrack.roster-import: max-columns must be at least "
                    + RosterColumn.values().length + ", max-line-length and max-stored-errors at least 1, not "
                    + maxColumns + ", " + maxLineLength + " and " + maxStoredErrors);
        }
    }
}
