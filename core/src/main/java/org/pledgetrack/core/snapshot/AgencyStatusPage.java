package org.pledgetrack.core.snapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a snapshot's agency rows as the API answers it: the as-of date it is of, when that
 * date's numbers were computed (null for a date without a run), the rows, how many rows the whole
 * list has, and a version that changes whenever any of them does (a digest of the content, the
 * same in every JVM: an HTTP entity tag).
 */
public record AgencyStatusPage(LocalDate asOf, @Nullable Instant computedAt, List<AgencyStatusRow> rows, int total,
                               String version) {

    public AgencyStatusPage {
        rows = List.copyOf(rows);
    }
}
