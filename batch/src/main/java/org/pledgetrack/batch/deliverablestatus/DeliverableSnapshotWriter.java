package org.pledgetrack.batch.deliverablestatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.pledgetrack.batch.common.RestartDrill;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a chunk of deliverable snapshot rows as one batched upsert keyed by (as-of, scope). */
class DeliverableSnapshotWriter implements ItemWriter<ScopeDeliverableFigures> {

    private static final String UPSERT = """
            INSERT INTO deliverable_snapshot (as_of, scope_type, scope_id, planned, delivered, on_time_pct, overdue,
                oldest_overdue_days, due_next_30_days, request_first_response_hours_median,
                request_delivery_days_median, grantee_reports_late, delivered_on_time, hours_delivered, attendees,
                rated_deliveries, rating_sum, computed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE planned = VALUES(planned), delivered = VALUES(delivered),
                on_time_pct = VALUES(on_time_pct), overdue = VALUES(overdue),
                oldest_overdue_days = VALUES(oldest_overdue_days), due_next_30_days = VALUES(due_next_30_days),
                request_first_response_hours_median = VALUES(request_first_response_hours_median),
                request_delivery_days_median = VALUES(request_delivery_days_median),
                grantee_reports_late = VALUES(grantee_reports_late), delivered_on_time = VALUES(delivered_on_time),
                hours_delivered = VALUES(hours_delivered), attendees = VALUES(attendees),
                rated_deliveries = VALUES(rated_deliveries), rating_sum = VALUES(rating_sum),
                computed_at = VALUES(computed_at)""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LocalDate asOf;
    private final StepExecution stepExecution;

    DeliverableSnapshotWriter(JdbcTemplate jdbc, Clock clock, LocalDate asOf, StepExecution stepExecution) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.asOf = asOf;
        this.stepExecution = stepExecution;
    }

    @Override
    public void write(Chunk<? extends ScopeDeliverableFigures> chunk) {
        RestartDrill.check(stepExecution, chunk.size());
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<Object[]> rows = chunk.getItems().stream().map(s -> new Object[] {asOf, s.scope().type(), s.scope().id(),
                s.planned(), s.delivered(), s.onTimePct(), s.overdue(), s.oldestOverdueDays(), s.dueNext30Days(),
                s.firstResponseHoursMedian(), s.deliveryDaysMedian(), s.granteeReportsLate(), s.activity().onTime(),
                s.activity().hours(), s.activity().attendees(), s.activity().rated(), s.activity().ratingSum(), now})
                .toList();
        jdbc.batchUpdate(UPSERT, rows);
    }
}
