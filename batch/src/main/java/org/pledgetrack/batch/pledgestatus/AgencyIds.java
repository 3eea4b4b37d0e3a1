package org.pledgetrack.batch.pledgestatus;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Agency ids written into SQL as an {@code IN} list: they are numbers read from the database or
 * from the job's own items, never user input, and one statement with the list beats one bound
 * parameter per id for the few thousand ids an incremental run handles at most.
 */
final class AgencyIds {

    private AgencyIds() {
    }

    /** {@code 1, 2, 3}; {@code NULL} (matching nothing) for no ids, so the statement stays valid. */
    static String inList(Collection<Long> ids) {
        return ids.isEmpty() ? "NULL" : ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
