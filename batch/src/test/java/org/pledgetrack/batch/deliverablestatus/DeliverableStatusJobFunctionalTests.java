package org.pledgetrack.batch.deliverablestatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.KeyedInsert;
import org.pledgetrack.batch.launch.JobRun;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The deliverable status job against a grant with every kind of deliverable, request and report,
 * a grant with none, and the demo grant; every number is compared with a plain-Java computation
 * written from the documented rules.
 */
@SpringBootTest(classes = BatchTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliverableStatusJobFunctionalTests {

    private static final LocalDate AS_OF = LocalDate.of(2028, 2, 29);
    private static final LocalDateTime CREATED = LocalDateTime.of(2027, 1, 1, 0, 0);

    record Row(String scopeType, long scopeId, int planned, int delivered, BigDecimal onTimePct, int overdue,
               Integer oldestOverdueDays, int dueNext30Days, BigDecimal firstResponseHoursMedian,
               BigDecimal deliveryDaysMedian, int granteeReportsLate, int deliveredOnTime, BigDecimal hours,
               int attendees, int rated, BigDecimal ratingSum, LocalDateTime computedAt) {
    }

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private SnapshotJobLauncher launcher;

    private long busyGrant;
    private long emptyGrant;
    private long provider;

    @BeforeAll
    void createGrants() {
        long grantee = insert("INSERT INTO organization (kind, name, created_at, updated_at) VALUES ('PARTNER', 'Fixture city', ?, ?)",
                CREATED, CREATED);
        provider = insert("INSERT INTO organization (kind, name, created_at, updated_at) VALUES ('TA_PROVIDER', 'Fixture provider', ?, ?)",
                CREATED, CREATED);
        busyGrant = grant("FIX-BUSY", grantee);
        emptyGrant = grant("FIX-EMPTY", grantee);
        jdbc.update("INSERT INTO grant_provider (grant_id, provider_org_id) VALUES (?, ?)", busyGrant, provider);
        deliverable("on time", "2027-12-01", "2027-11-20", "ACCEPTED", null);
        deliverable("late", "2027-12-01", "2027-12-15", "DELIVERED", null);
        deliverable("overdue", "2028-01-10", null, "SCHEDULED", null);
        deliverable("due on the as-of date", "2028-02-29", null, "PLANNED", null);
        deliverable("due in 30 days", "2028-03-30", null, "PLANNED", null);
        deliverable("due in 31 days", "2028-03-31", null, "PLANNED", null);
        deliverable("cancelled and past due", "2027-06-01", null, "CANCELLED", null);
        deliverable("delivered after the as-of date", "2028-02-01", "2028-03-03", "DELIVERED", null);
        long fast = request("2028-01-02T08:00:00", "2028-01-02T11:30:00", "2028-01-20T08:00:00");
        long slow = request("2028-01-05T08:00:00", "2028-01-08T08:00:00", null);
        request("2028-02-10T08:00:00", "2028-03-01T00:00:00", null);
        request("2028-03-05T08:00:00", null, null);
        deliverable("answers a request", "2028-01-25", "2028-01-20", "DELIVERED", fast);
        deliverable("answers another request", "2028-01-25", "2028-01-21", "DELIVERED", slow);
        activity("on time", "6.50", 20, "4.50");
        activity("late", "3.00", 12, "4.00");
        activity("answers a request", "1.50", null, null);
        activity("delivered after the as-of date", "8.00", 30, "2.00");
        activity("cancelled and past due", "2.00", 5, "1.00");
        report("2027-06-30", "2027-07-30", null);
        report("2027-12-31", "2028-01-30", "2028-02-02");
        report("2027-09-30", "2027-10-30", "2027-10-29");
        report("2028-03-31", "2028-04-30", null);
    }

    @Test
    void everyNumberEqualsAnIndependentComputation() {
        JobRun run = launcher.runNow("deliverableStatus", AS_OF, "test");

        assertThat(run.status()).isEqualTo("COMPLETED");
        List<Row> actual = actualRows();
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expectedRows());
        assertThat(run.read()).isEqualTo(actual.size()).isEqualTo(run.total());
    }

    @Test
    void theBusyGrantShowsTheDocumentedNumbers() {
        launcher.runNow("deliverableStatus", AS_OF, "test");

        Row busy = actualRows().stream().filter(r -> r.scopeType().equals("GRANT") && r.scopeId() == busyGrant)
                .findFirst().orElseThrow();
        assertThat(busy.planned()).isEqualTo(9);
        assertThat(busy.delivered()).isEqualTo(4);
        assertThat(busy.onTimePct()).isEqualByComparingTo("75.00");
        assertThat(busy.overdue()).isEqualTo(2);
        assertThat(busy.oldestOverdueDays()).isEqualTo(50);
        assertThat(busy.dueNext30Days()).isEqualTo(2);
        assertThat(busy.firstResponseHoursMedian()).isEqualByComparingTo("37.75");
        assertThat(busy.deliveryDaysMedian()).isEqualByComparingTo("18.00");
        assertThat(busy.granteeReportsLate()).isEqualTo(2);
        assertThat(busy.deliveredOnTime()).isEqualTo(3);
        assertThat(busy.hours()).as("hours of the four deliveries on or before the as-of date").isEqualByComparingTo("11.00");
        assertThat(busy.attendees()).isEqualTo(32);
        assertThat(busy.rated()).isEqualTo(2);
        assertThat(busy.ratingSum()).isEqualByComparingTo("8.50");
        Row empty = actualRows().stream().filter(r -> r.scopeType().equals("GRANT") && r.scopeId() == emptyGrant)
                .findFirst().orElseThrow();
        assertThat(empty).isEqualTo(new Row("GRANT", emptyGrant, 0, 0, null, 0, null, 0, null, null, 0,
                0, new BigDecimal("0.00"), 0, 0, new BigDecimal("0.00"), LocalDateTime.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC)));
    }

    private List<Row> actualRows() {
        return jdbc.query("""
                SELECT scope_type, scope_id, planned, delivered, on_time_pct, overdue, oldest_overdue_days,
                       due_next_30_days, request_first_response_hours_median, request_delivery_days_median,
                       grantee_reports_late, delivered_on_time, hours_delivered, attendees, rated_deliveries,
                       rating_sum, computed_at
                FROM deliverable_snapshot WHERE as_of = ?""", (rs, n) -> new Row(rs.getString(1), rs.getLong(2),
                rs.getInt(3), rs.getInt(4), rs.getBigDecimal(5), rs.getInt(6), rs.getObject(7, Integer.class),
                rs.getInt(8), rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getInt(11), rs.getInt(12),
                rs.getBigDecimal(13), rs.getInt(14), rs.getInt(15), rs.getBigDecimal(16),
                rs.getObject(17, LocalDateTime.class)), AS_OF);
    }

    /** Plain Java over the raw tables, from the rules in DeliverableStatusProcessor's Javadoc. */
    private List<Row> expectedRows() {
        record Deliverable(long grant, long provider, LocalDate due, LocalDate delivered, String status, Long request,
                           BigDecimal hours, Integer attendees, BigDecimal rating, Long event) {
        }
        record Request(long id, Long grant, LocalDateTime submitted, LocalDateTime responded, LocalDateTime delivered) {
        }
        List<Deliverable> deliverables = jdbc.query(
                "SELECT grant_id, provider_org_id, due_on, delivered_on, status, ta_request_id, hours, attendees, rating,"
                        + " ta_event_id FROM ta_deliverable",
                (rs, n) -> new Deliverable(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, Long.class),
                        rs.getBigDecimal(7), rs.getObject(8, Integer.class), rs.getBigDecimal(9),
                        rs.getObject(10, Long.class)));
        // a provider counts each TA event once (hours once, every site's attendance), not its grants' deliverables
        List<Deliverable> events = jdbc.query("""
                SELECT e.provider_org_id, e.held_on, e.status, e.hours,
                       (SELECT SUM(s.attendees) FROM ta_event_site s WHERE s.event_id = e.id), e.id
                FROM ta_event e""", (rs, n) -> {
            boolean held = rs.getString(3).equals("HELD");
            LocalDate on = rs.getObject(2, LocalDate.class);
            return new Deliverable(0, rs.getLong(1), on, held ? on : null, "EVENT", null,
                    held ? rs.getBigDecimal(4) : null, held ? rs.getObject(5, Integer.class) : null, null, rs.getLong(6));
        });
        List<Request> requests = jdbc.query(
                "SELECT id, grant_id, submitted_at, first_response_at, delivered_at FROM ta_request",
                (rs, n) -> new Request(rs.getLong(1), rs.getObject(2, Long.class), rs.getObject(3, LocalDateTime.class),
                        rs.getObject(4, LocalDateTime.class), rs.getObject(5, LocalDateTime.class)));
        Map<Long, Set<Long>> grantsOfProvider = new HashMap<>();
        jdbc.query("SELECT grant_id, provider_org_id FROM grant_provider",
                rs -> { grantsOfProvider.computeIfAbsent(rs.getLong(2), k -> new HashSet<>()).add(rs.getLong(1)); });
        Map<Long, Integer> lateReports = new HashMap<>();
        jdbc.query("SELECT grant_id, due_on, submitted_on FROM grantee_report", rs -> {
            LocalDate due = rs.getObject(2, LocalDate.class);
            LocalDate submitted = rs.getObject(3, LocalDate.class);
            if (due.isBefore(AS_OF) && (submitted == null || submitted.isAfter(due))) {
                lateReports.merge(rs.getLong(1), 1, Integer::sum);
            }
        });
        LocalDateTime endOfDay = AS_OF.plusDays(1).atStartOfDay();
        List<Row> rows = new ArrayList<>();
        List<Object[]> scopes = new ArrayList<>();
        jdbc.queryForList("SELECT id FROM bcji_grant", Long.class).forEach(id -> scopes.add(new Object[] {"GRANT", id}));
        jdbc.queryForList("SELECT id FROM organization WHERE kind = 'TA_PROVIDER'", Long.class)
                .forEach(id -> scopes.add(new Object[] {"PROVIDER", id}));
        for (Object[] scope : scopes) {
            boolean grant = scope[0].equals("GRANT");
            long id = (Long) scope[1];
            List<Deliverable> mine = (grant ? deliverables.stream()
                    : Stream.concat(deliverables.stream().filter(d -> d.event() == null), events.stream()))
                    .filter(d -> !d.status().equals("CANCELLED"))
                    .filter(d -> (grant ? d.grant() : d.provider()) == id).toList();
            List<Deliverable> delivered = mine.stream()
                    .filter(d -> d.delivered() != null && !d.delivered().isAfter(AS_OF)).toList();
            List<Deliverable> open = mine.stream().filter(d -> !delivered.contains(d)).toList();
            List<Deliverable> overdue = open.stream().filter(d -> d.due().isBefore(AS_OF)).toList();
            long onTime = delivered.stream().filter(d -> !d.delivered().isAfter(d.due())).count();
            Set<Long> answeredByProvider = new HashSet<>();
            deliverables.stream().filter(d -> d.provider() == id && d.request() != null)
                    .forEach(d -> answeredByProvider.add(d.request()));
            List<Request> myRequests = requests.stream().filter(r -> r.submitted().isBefore(endOfDay))
                    .filter(r -> grant ? Long.valueOf(id).equals(r.grant()) : answeredByProvider.contains(r.id()))
                    .toList();
            List<Double> hours = myRequests.stream().filter(r -> r.responded() != null && r.responded().isBefore(endOfDay))
                    .map(r -> Duration.between(r.submitted(), r.responded()).toSeconds() / 3600.0).toList();
            List<Double> days = myRequests.stream().filter(r -> r.delivered() != null && r.delivered().isBefore(endOfDay))
                    .map(r -> Duration.between(r.submitted(), r.delivered()).toSeconds() / 86400.0).toList();
            int late = grant ? lateReports.getOrDefault(id, 0)
                    : grantsOfProvider.getOrDefault(id, Set.of()).stream().mapToInt(g -> lateReports.getOrDefault(g, 0)).sum();
            rows.add(new Row((String) scope[0], id, mine.size(), delivered.size(),
                    delivered.isEmpty() ? null : BigDecimal.valueOf(onTime * 100).divide(BigDecimal.valueOf(delivered.size()), 2, RoundingMode.HALF_UP),
                    overdue.size(), overdue.stream().mapToInt(d -> (int) (AS_OF.toEpochDay() - d.due().toEpochDay())).boxed()
                            .max(Integer::compare).orElse(null),
                    (int) open.stream().filter(d -> !d.due().isBefore(AS_OF) && !d.due().isAfter(AS_OF.plusDays(30))).count(),
                    median(hours), median(days), late, (int) onTime,
                    delivered.stream().map(Deliverable::hours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(2),
                    delivered.stream().map(Deliverable::attendees).filter(Objects::nonNull).mapToInt(Integer::intValue).sum(),
                    (int) delivered.stream().map(Deliverable::rating).filter(Objects::nonNull).count(),
                    delivered.stream().map(Deliverable::rating).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add)
                            .setScale(2),
                    LocalDateTime.ofInstant(BatchTestApplication.NOW, ZoneOffset.UTC)));
        }
        return rows;
    }

    private static BigDecimal median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = values.stream().map(v -> BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP))
                .sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP);
    }

    private long grant(String award, long grantee) {
        return insert("""
                INSERT INTO bcji_grant (award_number, title, grantee_org_id, site_name, award_amount, start_on, end_on,
                    created_at, updated_at) VALUES (?, ?, ?, ?, 1000000, '2026-10-01', '2029-09-30', ?, ?)""",
                award, "Fixture grant " + award, grantee, "Site " + award, CREATED, CREATED);
    }

    private void deliverable(String title, String due, String delivered, String status, Long request) {
        insert("""
                INSERT INTO ta_deliverable (grant_id, provider_org_id, ta_request_id, type, title, due_on, delivered_on,
                    status, created_at, updated_at) VALUES (?, ?, ?, 'TRAINING', ?, ?, ?, ?, ?, ?)""",
                busyGrant, provider, request, title, LocalDate.parse(due), delivered == null ? null : LocalDate.parse(delivered),
                status, CREATED, CREATED);
    }

    private void activity(String title, String hours, Integer attendees, String rating) {
        jdbc.update("UPDATE ta_deliverable SET hours = ?, attendees = ?, rating = ? WHERE grant_id = ? AND title = ?",
                new BigDecimal(hours), attendees, rating == null ? null : new BigDecimal(rating), busyGrant, title);
    }

    private long request(String submitted, String responded, String delivered) {
        long organization = jdbc.queryForObject("SELECT id FROM organization WHERE kind = 'AGENCY' LIMIT 1", Long.class);
        return insert("""
                INSERT INTO ta_request (requesting_org_id, grant_id, topic, description, urgency, status, submitted_at,
                    first_response_at, delivered_at, updated_at) VALUES (?, ?, 'Help', 'Help please', 'NORMAL',
                    'SUBMITTED', ?, ?, ?, ?)""", organization, busyGrant, LocalDateTime.parse(submitted),
                responded == null ? null : LocalDateTime.parse(responded),
                delivered == null ? null : LocalDateTime.parse(delivered), CREATED);
    }

    private void report(String periodEnd, String due, String submitted) {
        LocalDate end = LocalDate.parse(periodEnd);
        jdbc.update("""
                INSERT INTO grantee_report (grant_id, kind, period_start, period_end, due_on, submitted_on)
                VALUES (?, 'PROGRESS_REPORT', ?, ?, ?, ?)""", busyGrant, end.minusMonths(6).plusDays(1), end,
                LocalDate.parse(due), submitted == null ? null : LocalDate.parse(submitted));
    }

    private long insert(String sql, Object... args) {
        return KeyedInsert.insert(jdbc, sql, args);
    }
}
