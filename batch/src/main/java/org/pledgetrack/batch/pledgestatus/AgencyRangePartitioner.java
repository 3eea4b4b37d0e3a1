package org.pledgetrack.batch.pledgestatus;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Splits the agencies into up to {@code gridSize} ranges of ids holding about as many agencies
 * each, one per worker of the compute step. Writing the snapshot rows is the database's work, so
 * two workers keep two database threads busy on a two-core machine where one worker left one idle.
 * A run that computes a short list of changed agencies gets one range: splitting a few hundred
 * agencies costs a second worker's bookkeeping and saves nothing. A restart keeps the ranges of the
 * first attempt (Spring Batch stores them with each partition).
 */
class AgencyRangePartitioner implements Partitioner {

    static final String FIRST_AGENCY_ID = "firstAgencyId";
    static final String LAST_AGENCY_ID = "lastAgencyId";

    private final JdbcTemplate jdbc;
    private final String agenciesToCompute;

    /** {@code agenciesToCompute}: what {@link AgenciesToCompute} kept for the run, null in a full run. */
    AgencyRangePartitioner(JdbcTemplate jdbc, String agenciesToCompute) {
        this.jdbc = jdbc;
        this.agenciesToCompute = agenciesToCompute;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> ranges = new LinkedHashMap<>();
        jdbc.query("""
                SELECT MIN(id), MAX(id) FROM (
                    SELECT id, NTILE(?) OVER (ORDER BY id) AS part FROM organization WHERE kind = 'AGENCY') agencies
                GROUP BY part ORDER BY part""", rs -> {
            ExecutionContext range = new ExecutionContext();
            range.putLong(FIRST_AGENCY_ID, rs.getLong(1));
            range.putLong(LAST_AGENCY_ID, rs.getLong(2));
            ranges.put("agencies" + ranges.size(), range);
        }, AgenciesToCompute.isShortList(agenciesToCompute) ? 1 : Math.max(1, gridSize));
        if (ranges.isEmpty()) {
            // no agencies yet: one worker that reads nothing, so the run still says what it did
            ExecutionContext nothing = new ExecutionContext();
            nothing.putLong(FIRST_AGENCY_ID, 0);
            nothing.putLong(LAST_AGENCY_ID, -1);
            ranges.put("agencies0", nothing);
        }
        return ranges;
    }
}
