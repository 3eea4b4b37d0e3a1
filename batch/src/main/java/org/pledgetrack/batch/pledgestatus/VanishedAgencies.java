package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.pledgetrack.core.database.LocalInfile;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Removes an as-of date's rows of agencies that have no current pledge any more (none, or
 * withdrawn), taking them out of the roll-ups in the same transaction when the date's roll-ups are
 * kept by difference (otherwise the run recomputes them at its end).
 */
final class VanishedAgencies {

    private static final List<String> AGENCY_TABLES = List.of("agency_area_snapshot", "agency_snapshot");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final SnapshotBasis bases;
    private final RollupsByDifference rollups;

    VanishedAgencies(JdbcTemplate jdbc, Clock clock, LocalInfile localInfile) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.bases = new SnapshotBasis(jdbc);
        this.rollups = new RollupsByDifference(jdbc, localInfile);
    }

    void remove(LocalDate asOf, Optional<SnapshotBasis.Basis> basis, List<Long> vanishing) {
        if (vanishing.isEmpty()) {
            return;
        }
        if (bases.rollupsByDifference(basis)) {
            rollups.replace(asOf, vanishing, List.of(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        }
        for (String table : AGENCY_TABLES) {
            // table names are the constants above
            jdbc.update("DELETE FROM " + table + " WHERE as_of = ? AND agency_id IN ("
                    + AgencyIds.inList(vanishing) + ")", asOf);
        }
    }
}
