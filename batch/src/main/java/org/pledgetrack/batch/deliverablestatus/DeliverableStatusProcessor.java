package org.pledgetrack.batch.deliverablestatus;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.pledgetrack.core.snapshot.Medians;
import org.pledgetrack.core.pledge.ScheduleRule;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Computes one grant's or provider's deliverable numbers on the as-of date, over the deliveries
 * {@link ScopeDeliveries} says the scope counts (a TA event once per grant, once per provider).
 * Cancelled deliverables do not count. A deliverable is delivered once its delivered date is on or before the as-of date,
 * on time when that date is on or before its due date, overdue when undelivered past its due date.
 * TA requests count for a grant by their grant, for a provider when one of its deliverables answers
 * them; only responses and deliveries before the end of the as-of date count. A grantee report is
 * late when its due date has passed and it was not submitted by then. Hours, attendees and ratings
 * are those of the deliveries counted as delivered, so a delivery recorded after the run changes
 * neither the count nor the sums of that date's row.
 */
class DeliverableStatusProcessor implements ItemProcessor<DeliverableScope, ScopeDeliverableFigures> {

    private static final String DELIVERABLES = """
            SELECT COUNT(*),
                   COALESCE(SUM(delivered_on <= ?), 0),
                   COALESCE(SUM(delivered_on <= ? AND delivered_on <= due_on), 0),
                   COALESCE(SUM((delivered_on IS NULL OR delivered_on > ?) AND due_on < ?), 0),
                   MIN(CASE WHEN (delivered_on IS NULL OR delivered_on > ?) AND due_on < ? THEN due_on END),
                   COALESCE(SUM((delivered_on IS NULL OR delivered_on > ?) AND due_on >= ? AND due_on <= ?), 0),
                   COALESCE(SUM(CASE WHEN delivered_on <= ? THEN hours END), 0),
                   COALESCE(SUM(CASE WHEN delivered_on <= ? THEN attendees END), 0),
                   COUNT(CASE WHEN delivered_on <= ? THEN rating END),
                   COALESCE(SUM(CASE WHEN delivered_on <= ? THEN rating END), 0)
            FROM %s""";

    private static final String REQUESTS = """
            SELECT r.submitted_at, r.first_response_at, r.delivered_at FROM ta_request r
            WHERE r.submitted_at < ? AND %s""";
    private static final String REQUESTS_OF_GRANT = "r.grant_id = ?";
    private static final String REQUESTS_OF_PROVIDER =
            "EXISTS (SELECT 1 FROM ta_deliverable d WHERE d.ta_request_id = r.id AND d.provider_org_id = ?)";

    private static final String LATE_REPORTS = """
            SELECT COUNT(*) FROM grantee_report g
            WHERE g.due_on < ? AND (g.submitted_on IS NULL OR g.submitted_on > g.due_on) AND %s""";
    private static final String REPORTS_OF_GRANT = "g.grant_id = ?";
    private static final String REPORTS_OF_PROVIDER =
            "g.grant_id IN (SELECT grant_id FROM grant_provider WHERE provider_org_id = ?)";

    private final JdbcTemplate jdbc;
    private final LocalDate asOf;

    DeliverableStatusProcessor(JdbcTemplate jdbc, LocalDate asOf) {
        this.jdbc = jdbc;
        this.asOf = asOf;
    }

    @Override
    public ScopeDeliverableFigures process(DeliverableScope scope) {
        LocalDate in30Days = asOf.plusDays(30);
        List<Object> parameters = new ArrayList<>(List.of(asOf, asOf, asOf, asOf, asOf, asOf, asOf, asOf, in30Days,
                asOf, asOf, asOf, asOf));
        parameters.addAll(ScopeDeliveries.parameters(scope));
        ScopeDeliverableFigures counted = jdbc.queryForObject(DELIVERABLES.formatted(ScopeDeliveries.table(scope)),
                (rs, n) -> {
            int delivered = rs.getInt(2);
            int onTime = rs.getInt(3);
            LocalDate oldestDue = rs.getObject(5, LocalDate.class);
            return new ScopeDeliverableFigures(scope, rs.getInt(1), delivered,
                    delivered == 0 ? null : ScheduleRule.percent(onTime, delivered), rs.getInt(4),
                    oldestDue == null ? null : (int) (asOf.toEpochDay() - oldestDue.toEpochDay()), rs.getInt(6),
                    null, null, 0, new DeliveryActivity(onTime, rs.getBigDecimal(7), rs.getInt(8), rs.getInt(9),
                            rs.getBigDecimal(10)));
        }, parameters.toArray());
        List<BigDecimal> firstResponseHours = new ArrayList<>();
        List<BigDecimal> deliveryDays = new ArrayList<>();
        LocalDateTime endOfAsOf = asOf.plusDays(1).atStartOfDay();
        jdbc.query(REQUESTS.formatted(scope.isGrant() ? REQUESTS_OF_GRANT : REQUESTS_OF_PROVIDER), rs -> {
            LocalDateTime submitted = rs.getObject(1, LocalDateTime.class);
            LocalDateTime responded = rs.getObject(2, LocalDateTime.class);
            LocalDateTime delivered = rs.getObject(3, LocalDateTime.class);
            if (responded != null && responded.isBefore(endOfAsOf)) {
                firstResponseHours.add(Medians.hours(Duration.between(submitted, responded)));
            }
            if (delivered != null && delivered.isBefore(endOfAsOf)) {
                deliveryDays.add(Medians.days(Duration.between(submitted, delivered)));
            }
        }, endOfAsOf, scope.id());
        Integer late = jdbc.queryForObject(LATE_REPORTS.formatted(scope.isGrant() ? REPORTS_OF_GRANT
                : REPORTS_OF_PROVIDER), Integer.class, asOf, scope.id());
        return new ScopeDeliverableFigures(scope, counted.planned(), counted.delivered(), counted.onTimePct(),
                counted.overdue(), counted.oldestOverdueDays(), counted.dueNext30Days(),
                Medians.median(firstResponseHours), Medians.median(deliveryDays), late == null ? 0 : late,
                counted.activity());
    }
}
