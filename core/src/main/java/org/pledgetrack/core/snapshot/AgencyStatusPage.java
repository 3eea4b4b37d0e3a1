package org.pledgetrack.core.snapshot;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a snapshot's agency rows as the API answers it: the as-of date it is of, the rows,
 * how many rows the whole list has, and a version that changes whenever any of them does (a
 * digest of the content, the same in every JVM: an HTTP entity tag).
 */
public record AgencyStatusPage(LocalDate asOf, List<AgencyStatusRow> rows, int total, String version) {

    public AgencyStatusPage {
        rows = List.copyOf(rows);
    }
}
