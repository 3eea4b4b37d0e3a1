package org.pledgetrack.batch.pledgestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.pledgetrack.batch.common.RestartDrill;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of agency snapshots with two batched statements. Rows are upserts keyed by
 * (as-of, agency[, focus area]), so writing an agency twice leaves one row.
 */
class SnapshotWriter implements ItemWriter<AgencyStatus> {

    private static final String UPSERT_AGENCY = """
            INSERT INTO agency_snapshot (as_of, agency_id, pledge_id, state, pledge_status, items_total, not_started,
                in_progress, submitted, returned, verified, pct_submitted, pct_verified, expected_pct, schedule_status,
                days_since_activity, waiting_review, oldest_wait_days, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE pledge_id = VALUES(pledge_id), state = VALUES(state),
                pledge_status = VALUES(pledge_status), items_total = VALUES(items_total),
                not_started = VALUES(not_started), in_progress = VALUES(in_progress), submitted = VALUES(submitted),
                returned = VALUES(returned), verified = VALUES(verified), pct_submitted = VALUES(pct_submitted),
                pct_verified = VALUES(pct_verified), expected_pct = VALUES(expected_pct),
                schedule_status = VALUES(schedule_status), days_since_activity = VALUES(days_since_activity),
                waiting_review = VALUES(waiting_review), oldest_wait_days = VALUES(oldest_wait_days),
                computed_at = VALUES(computed_at)""";

    private static final String UPSERT_AREA = """
            INSERT INTO agency_area_snapshot (as_of, agency_id, focus_area_id, pledge_id, items_total, not_started,
                in_progress, submitted, returned, verified, pct_submitted, pct_verified, expected_pct, schedule_status,
                computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE pledge_id = VALUES(pledge_id), items_total = VALUES(items_total),
                not_started = VALUES(not_started), in_progress = VALUES(in_progress), submitted = VALUES(submitted),
                returned = VALUES(returned), verified = VALUES(verified), pct_submitted = VALUES(pct_submitted),
                pct_verified = VALUES(pct_verified), expected_pct = VALUES(expected_pct),
                schedule_status = VALUES(schedule_status), computed_at = VALUES(computed_at)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LocalDate asOf;
    private final StepExecution stepExecution;

    SnapshotWriter(JdbcTemplate jdbc, Clock clock, LocalDate asOf, StepExecution stepExecution) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.asOf = asOf;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends AgencyStatus> chunk) {
        RestartDrill.check(stepExecution, chunk.size());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> agencies = new ArrayList<>();
        List<Object[]> areas = new ArrayList<>();
        for (AgencyStatus status : chunk) {
            CurrentPledge pledge = status.pledge();
            Object[] progress = progressColumns(status.total());
            agencies.add(concat(new Object[] {asOf, pledge.agencyId(), pledge.pledgeId(), pledge.state(),
                    pledge.pledgeStatus()}, progress, new Object[] {status.daysSinceActivity(),
                    status.waitingReview(), status.oldestWaitDays(), now}));
            for (AgencyStatus.AreaStatus area : status.areas()) {
                areas.add(concat(new Object[] {asOf, pledge.agencyId(), area.focusAreaId(), pledge.pledgeId()},
                        progressColumns(area.progress()), new Object[] {now}));
            }
        }
        jdbc.batchUpdate(UPSERT_AGENCY, agencies);
        jdbc.batchUpdate(UPSERT_AREA, areas);
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
