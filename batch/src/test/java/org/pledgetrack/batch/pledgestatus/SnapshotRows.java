package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.AgencyRow;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.AreaRow;
import org.pledgetrack.batch.pledgestatus.ExpectedPledgeSnapshot.RollupRow;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads what the pledge status job wrote for an as-of date, in the shape of {@link ExpectedPledgeSnapshot}. */
final class SnapshotRows {

    private SnapshotRows() {
    }

    static List<AgencyRow> agencies(JdbcTemplate jdbc, LocalDate asOf) {
        return jdbc.query("""
                SELECT agency_id, pledge_id, state, pledge_status, items_total, not_started, in_progress, submitted,
                       returned, verified, pct_submitted, pct_verified, expected_pct, schedule_status,
                       days_since_activity, waiting_review, oldest_wait_days, computed_at
                FROM agency_snapshot WHERE as_of = ?""", (rs, n) -> new AgencyRow(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getInt(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getBigDecimal(13), rs.getString(14),
                rs.getObject(15, Integer.class), rs.getInt(16), rs.getObject(17, Integer.class),
                rs.getObject(18, LocalDateTime.class)), asOf);
    }

    static List<AreaRow> areas(JdbcTemplate jdbc, LocalDate asOf) {
        return jdbc.query("""
                SELECT agency_id, focus_area_id, pledge_id, items_total, not_started, in_progress, submitted, returned,
                       verified, pct_submitted, pct_verified, expected_pct, schedule_status, computed_at
                FROM agency_area_snapshot WHERE as_of = ?""", (rs, n) -> new AreaRow(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9),
                rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getBigDecimal(12), rs.getString(13),
                rs.getObject(14, LocalDateTime.class)), asOf);
    }

    static List<RollupRow> rollups(JdbcTemplate jdbc, LocalDate asOf) {
        return jdbc.query("""
                SELECT scope_type, scope_key, focus_area_position, agencies, items_total, submitted, verified,
                       pct_submitted, pct_verified, on_track, at_risk, behind, complete, past_deadline, computed_at
                FROM rollup_snapshot WHERE as_of = ?""", (rs, n) -> new RollupRow(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBigDecimal(8),
                rs.getBigDecimal(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14),
                rs.getObject(15, LocalDateTime.class)), asOf);
    }
}
