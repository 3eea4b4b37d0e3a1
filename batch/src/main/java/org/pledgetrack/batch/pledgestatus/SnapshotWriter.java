package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pledgetrack.batch.common.RestartDrill;
import org.pledgetrack.core.database.LocalInfile;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of agency snapshots with one bulk statement per table (or a few: see {@link Upsert}).
 * Rows are upserts keyed by (as-of, agency[, focus area]), so writing an agency twice leaves one row.
 * In an incremental run the {@link RowReplacement} first makes way for the chunk, and focus-area
 * rows that would be written again with the same figures are left as they are.
 */
class SnapshotWriter implements ItemWriter<AgencyStatus> {

    private static final String AGENCY_TABLE = "agency_snapshot";
    private static final List<String> AGENCY_KEY = List.of("as_of", "agency_id");
    private static final List<String> AGENCY_COLUMNS = List.of("pledge_id", "state", "pledge_status",
            "progress_revision", "items_total", "not_started", "in_progress", "submitted", "returned", "verified",
            "pct_submitted", "pct_verified", "expected_pct", "schedule_status", "days_since_activity",
            "waiting_review", "oldest_wait_days", "computed_at");

    private static final String AREA_TABLE = "agency_area_snapshot";
    private static final List<String> AREA_KEY = List.of("as_of", "agency_id", "focus_area_id");
    private static final List<String> AREA_COLUMNS = List.of("pledge_id", "items_total", "not_started",
            "in_progress", "submitted", "returned", "verified", "pct_submitted", "pct_verified", "expected_pct",
            "schedule_status", "computed_at");

    private final Upsert agencyRows;
    private final Upsert areaRows;
    private final RowReplacement replacement;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LocalDate asOf;
    private final StepExecution stepExecution;

    /** {@code agencies}: what {@link AgenciesToCompute} kept for the run, null in a full run. */
    SnapshotWriter(JdbcTemplate jdbc, LocalInfile localInfile, Clock clock, LocalDate asOf, String agencies,
                   StepExecution stepExecution) {
        this.replacement = new RowReplacement(jdbc, localInfile, asOf, agencies);
        this.agencyRows = Upsert.into(localInfile, jdbc, AGENCY_TABLE, AGENCY_KEY, AGENCY_COLUMNS);
        this.areaRows = Upsert.into(localInfile, jdbc, AREA_TABLE, AREA_KEY, AREA_COLUMNS);
        this.jdbc = jdbc;
        this.clock = clock;
        this.asOf = asOf;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends AgencyStatus> chunk) {
        RestartDrill.check(stepExecution, chunk.size());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        StoredAreaRows stored = replacement.makeWayFor(chunk.getItems(), now);
        List<Object[]> agencies = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        for (AgencyStatus status : chunk) {
            CurrentPledge pledge = status.pledge();
            agencies.add(concat(new Object[] {asOf, pledge.agencyId(), pledge.pledgeId(), pledge.state(),
                    pledge.pledgeStatus(), pledge.progressRevision()}, progressColumns(status.total()),
                    new Object[] {status.daysSinceActivity(), status.waitingReview(), status.oldestWaitDays(), now}));
            for (AgencyStatus.AreaStatus area : status.areas()) {
                if (stored.holds(pledge.agencyId(), pledge.pledgeId(), area)) {
                    continue;
                }
                areas.add(concat(new Object[] {asOf, pledge.agencyId(), area.focusAreaId(), pledge.pledgeId()},
                        progressColumns(area.progress()), new Object[] {now}));
            }
        }
        agencyRows.write(jdbc, agencies);
        areaRows.write(jdbc, areas);
    }

    /** items_total .. schedule_status, in the column order both tables share. */
    private static Object[] progressColumns(AgencyStatus.Progress progress) {
        ItemCounts c = progress.counts();
        return new Object[] {c.total(), c.notStarted(), c.inProgress(), c.submitted(), c.returned(), c.verified(),
                progress.pctSubmitted(), progress.pctVerified(), progress.expectedPct(),
                progress.scheduleStatus().name()};
    }

    private static Object[] concat(Object[]... parts) {
        return Arrays.stream(parts).flatMap(Arrays::stream).toArray();
    }
}
