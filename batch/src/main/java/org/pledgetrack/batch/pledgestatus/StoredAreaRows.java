package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.pledgetrack.core.pledge.ScheduleStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An as-of date's focus-area rows of some agencies, read before an incremental run replaces them:
 * what they counted (for the roll-ups by difference) and which of them the new statuses would write
 * again unchanged. A changed agency has usually changed in one focus area: its other rows are not
 * written again (writing all of them took about a tenth of an incremental run).
 */
final class StoredAreaRows {

    /** A full run's: the date has no rows to replace. */
    static final StoredAreaRows NONE = new StoredAreaRows(Map.of());

    record Key(long agencyId, long focusAreaId) {
    }

    record Row(long pledgeId, AgencyStatus.Progress progress) {
    }

    private final Map<Key, Row> rows;

    private StoredAreaRows(Map<Key, Row> rows) {
        this.rows = rows;
    }

    /**
     * {@code agencyIds}: an {@link AgencyIds#inList} list. The primary key is forced: on its own,
     * MariaDB took either the agency index, looking every row up again in the primary key (7 ms for
     * 1% of the agencies, measured), or, misled by InnoDB's sampled statistics of a table filled
     * date by date, all of the date's rows (15 ms); a range of (as-of, agency) keys took 2.7 ms.
     */
    static StoredAreaRows read(JdbcTemplate jdbc, LocalDate asOf, String agencyIds) {
        Map<Key, Row> rows = new HashMap<>();
        jdbc.query("""
                SELECT agency_id, focus_area_id, pledge_id, not_started, in_progress, submitted, returned, verified,
                       pct_submitted, pct_verified, expected_pct, schedule_status
                FROM agency_area_snapshot FORCE INDEX (PRIMARY) WHERE as_of = ? AND agency_id IN (%s)"""
                .formatted(agencyIds), rs -> {
            ItemCounts counts = new ItemCounts(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));
            rows.put(new Key(rs.getLong(1), rs.getLong(2)), new Row(rs.getLong(3), new AgencyStatus.Progress(counts,
                    rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11),
                    ScheduleStatus.valueOf(rs.getString(12)))));
        }, asOf);
        return new StoredAreaRows(rows);
    }

    void forEach(BiConsumer<Key, Row> action) {
        rows.forEach(action);
    }

    Set<Key> keys() {
        return rows.keySet();
    }

    /** Whether the agency's stored row of the area holds exactly these figures (computed_at aside). */
    boolean holds(long agencyId, long pledgeId, AgencyStatus.AreaStatus area) {
        return new Row(pledgeId, area.progress()).equals(rows.get(new Key(agencyId, area.focusAreaId())));
    }
}
