package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * An as-of date's focus-area rows of some agencies, before an incremental run replaces them:
 * columns agency_id, focus_area_id, items_total, submitted, verified, schedule_status. The index is
 * forced: InnoDB's sampled statistics of a table filled date by date put about 100 rows under each
 * date, so MariaDB read all 100,000 of the date's rows (15 ms) instead of the agencies' (2 ms).
 */
final class StoredAreaRows {

    private StoredAreaRows() {
    }

    /** {@code agencyIds}: an {@link AgencyIds#inList} list. */
    static void forEach(JdbcTemplate jdbc, LocalDate asOf, String agencyIds, RowCallbackHandler row) {
        jdbc.query("SELECT agency_id, focus_area_id, items_total, submitted, verified, schedule_status "
                + "FROM agency_area_snapshot FORCE INDEX (ix_aas_agency) WHERE as_of = ? AND agency_id IN ("
                + agencyIds + ")", row, asOf);
    }

    /** The (agency, focus area) keys of the rows. */
    static Set<List<Long>> keys(JdbcTemplate jdbc, LocalDate asOf, String agencyIds) {
        Set<List<Long>> keys = new HashSet<>();
        forEach(jdbc, asOf, agencyIds, rs -> {
            keys.add(List.of(rs.getLong(1), rs.getLong(2)));
        });
        return keys;
    }
}
