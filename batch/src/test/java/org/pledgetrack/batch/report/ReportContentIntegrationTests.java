package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.ScheduleStatus;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an overseer hands on: every number of a report from the as-of date's snapshot rows, summary
 * rows that say what they are and are recomputed from summed counts, labels instead of codes, and a
 * PDF whose words and numbers are whole.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class ReportContentIntegrationTests {

    private static final LocalDate AS_OF = ReportJobIntegrationTests.AS_OF;

    @Autowired
    private ReportJobLauncher launcher;
    @Autowired
    private ReportService reports;
    @Autowired
    private SnapshotJobLauncher snapshots;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    private GeneratedReports generated;

    @BeforeEach
    void snapshots() {
        generated = new GeneratedReports(launcher, reports, snapshots, users, jdbc, AS_OF).withSnapshots();
    }

    @Test
    void providerActivityTakesCountsAndSumsFromTheSameSnapshotRowEvenAfterALateRecordedDelivery() throws Exception {
        Map<String, Object> snapshot = jdbc.queryForMap("""
                SELECT p.name, d.scope_id, d.delivered, d.hours_delivered, d.attendees FROM deliverable_snapshot d
                JOIN organization p ON p.id = d.scope_id
                WHERE d.as_of = ? AND d.scope_type = 'PROVIDER' ORDER BY d.delivered DESC, d.scope_id LIMIT 1""", AS_OF);
        long grant = jdbc.queryForObject("SELECT MIN(id) FROM bcji_grant", Long.class);
        LocalDateTime now = LocalDateTime.of(2028, 2, 21, 9, 0);
        // recorded the day after the status run, delivered the day before the as-of date
        jdbc.update("""
                INSERT INTO ta_deliverable (grant_id, provider_org_id, type, title, due_on, delivered_on, status, hours,
                    attendees, rating, created_at, updated_at)
                VALUES (?, ?, 'TRAINING', 'Recorded late', ?, ?, 'DELIVERED', 7.50, 9, 1.00, ?, ?)""",
                grant, snapshot.get("scope_id"), AS_OF, AS_OF.minusDays(1), now, now);
        try {
            List<List<String>> rows = ReportFileReader.csv(generated.generate(ReportType.PROVIDER_ACTIVITY, ReportFormat.CSV));
            Map<String, String> row = rowOf(rows, "TA provider", (String) snapshot.get("name"));

            assertThat(row.get("Delivered")).isEqualTo(snapshot.get("delivered").toString());
            assertThat(row.get("Hours delivered")).as("the hours of the deliveries the row counts, not the live sum")
                    .isEqualTo(ReportFileReader.normalize(snapshot.get("hours_delivered").toString()));
            assertThat(row.get("Attendees")).isEqualTo(snapshot.get("attendees").toString());
        } finally {
            jdbc.update("DELETE FROM ta_deliverable WHERE title = 'Recorded late'");
        }
    }

    @Test
    void agencySummaryRowIsTheNationalRollUpNotASumOfPercentages() throws Exception {
        Map<Integer, Map<String, Object>> national = new HashMap<>();
        jdbc.queryForList("SELECT * FROM rollup_snapshot WHERE as_of = ? AND scope_type = 'NATIONAL'", AS_OF)
                .forEach(r -> national.put(((Number) r.get("focus_area_position")).intValue(), r));

        Map<String, String> summary = summaryRow(ReportType.AGENCY_STATUS);

        Map<String, Object> all = national.get(0);
        assertThat(summary.get("Agency")).isEqualTo("All agencies (national)");
        assertThat(summary.get("Items in pledge")).isEqualTo(all.get("items_total").toString());
        assertThat(summary.get("Items verified")).isEqualTo(all.get("verified").toString());
        assertThat(summary.get("% verified")).isEqualTo(number(all.get("pct_verified")));
        assertThat(summary.get("% submitted or verified")).isEqualTo(number(all.get("pct_submitted")));
        jdbc.queryForList("SELECT position, name FROM focus_area WHERE catalog_version_id = (SELECT MAX(id) FROM catalog_version)")
                .forEach(area -> assertThat(summary.get("% verified: " + area.get("name"))).as((String) area.get("name"))
                        .isEqualTo(number(national.get(((Number) area.get("position")).intValue()).get("pct_verified"))));
        assertThat(summary.get("Schedule status")).isEmpty();
        assertThat(summary.get("Days since last activity")).as("cannot be combined").isEmpty();
    }

    @Test
    void focusAreaSummaryRowIsTheNationalRowForAllAreasNotTheSumOfEveryRow() throws Exception {
        Map<String, Object> national = jdbc.queryForMap("""
                SELECT agencies, verified, pct_verified FROM rollup_snapshot
                WHERE as_of = ? AND scope_type = 'NATIONAL' AND focus_area_position = 0""", AS_OF);
        long verifiedInAllRows = jdbc.queryForObject("""
                SELECT SUM(verified) FROM rollup_snapshot WHERE as_of = ? AND scope_type IN ('NATIONAL', 'STATE')""",
                Long.class, AS_OF);

        Map<String, String> summary = summaryRow(ReportType.FOCUS_AREA_SUMMARY);

        assertThat(summary.get("Scope")).isEqualTo("All agencies (national)");
        assertThat(summary.get("Focus area")).isEqualTo("All focus areas");
        assertThat(summary.get("Agencies")).isEqualTo(national.get("agencies").toString());
        assertThat(summary.get("Items verified")).isEqualTo(national.get("verified").toString())
                .isNotEqualTo(Long.toString(verifiedInAllRows));
        assertThat(summary.get("% verified")).isEqualTo(number(national.get("pct_verified")));
    }

    @Test
    void filteredSummaryRowsSayWhatTheyCoverAndEqualThatScopesRollUp() throws Exception {
        Map<String, Object> kansas = jdbc.queryForMap("""
                SELECT items_total, verified, pct_verified FROM rollup_snapshot
                WHERE as_of = ? AND scope_type = 'STATE' AND scope_key = 'KS' AND focus_area_position = 0""", AS_OF);
        ReportFilters inKansas = new ReportFilters("KS", null, null, null, null);

        Map<String, String> agencies = summaryRows(ReportType.AGENCY_STATUS, inKansas).getFirst();
        List<Map<String, String>> areas = summaryRows(ReportType.FOCUS_AREA_SUMMARY, inKansas);

        assertThat(agencies.get("Agency")).isEqualTo("All agencies in this report");
        assertThat(agencies.get("Items in pledge")).isEqualTo(kansas.get("items_total").toString());
        assertThat(agencies.get("Items verified")).isEqualTo(kansas.get("verified").toString());
        assertThat(agencies.get("% verified")).isEqualTo(number(kansas.get("pct_verified")));
        assertThat(areas).extracting(row -> row.get("Scope") + " " + row.get("State") + " " + row.get("Focus area"))
                .containsExactly("All agencies (national)  All focus areas", "All agencies in the state KS All focus areas");
        assertThat(areas.get(1).get("% verified")).isEqualTo(number(kansas.get("pct_verified")));
    }

    @Test
    void deliverableSummaryRowsRecomputeRatiosFromSummedCounts() throws Exception {
        Map<String, Object> providers = jdbc.queryForMap("""
                SELECT SUM(delivered) AS delivered, SUM(delivered_on_time) AS on_time, SUM(hours_delivered) AS hours,
                       SUM(rated_deliveries) AS rated, SUM(rating_sum) AS rating_sum
                FROM deliverable_snapshot WHERE as_of = ? AND scope_type = 'PROVIDER'""", AS_OF);
        int delivered = ((Number) providers.get("delivered")).intValue();
        int rated = ((Number) providers.get("rated")).intValue();
        assertThat(delivered).as("the demo data has deliveries").isPositive();

        Map<String, String> providerSummary = summaryRow(ReportType.PROVIDER_ACTIVITY);
        Map<String, String> grantSummary = summaryRow(ReportType.GRANT_DELIVERABLES);

        assertThat(providerSummary.get("TA provider")).isEqualTo("All TA providers");
        assertThat(providerSummary.get("Delivered")).isEqualTo(Integer.toString(delivered));
        assertThat(providerSummary.get("Hours delivered")).isEqualTo(number(providers.get("hours")));
        assertThat(providerSummary.get("% of delivered on time")).isEqualTo(number(BigDecimal.valueOf(
                ((Number) providers.get("on_time")).intValue() * 100L).divide(BigDecimal.valueOf(delivered), 2, RoundingMode.HALF_UP)));
        assertThat(providerSummary.get("Average rating (1 to 5)")).isEqualTo(rated == 0 ? ""
                : number(((BigDecimal) providers.get("rating_sum")).divide(BigDecimal.valueOf(rated), 2, RoundingMode.HALF_UP)));
        assertThat(providerSummary.get("Median first response to TA requests (hours)")).as("medians do not add up").isEmpty();
        Map<String, Object> overdue = jdbc.queryForMap("""
                SELECT COUNT(*) AS deliverables, MAX(DATEDIFF(?, due_on)) AS longest FROM ta_deliverable
                WHERE due_on < ? AND status <> 'CANCELLED' AND (delivered_on IS NULL OR delivered_on > ?)""",
                AS_OF, AS_OF, AS_OF);
        Map<String, String> overdueSummary = summaryRow(ReportType.OVERDUE_DELIVERABLES);
        assertThat(overdueSummary.get("Award number"))
                .isEqualTo("All overdue deliverables: " + overdue.get("deliverables") + " (days overdue: the longest)");
        assertThat(overdueSummary.get("Days overdue")).isEqualTo(overdue.get("longest").toString());
        assertThat(grantSummary.get("Award number")).isEqualTo("All grants");
        assertThat(grantSummary.get("Delivered")).isEqualTo(jdbc.queryForObject(
                "SELECT SUM(delivered) FROM deliverable_snapshot WHERE as_of = ? AND scope_type = 'GRANT'", String.class, AS_OF));
    }

    @Test
    void pdfShowsLabelsNotCodesAndKeepsWordsAndNumbersWhole() throws Exception {
        List<String> statuses = jdbc.queryForList(
                "SELECT DISTINCT schedule_status FROM agency_snapshot WHERE as_of = ?", String.class, AS_OF);
        boolean complete = jdbc.queryForObject(
                "SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ? AND pct_verified = 100", Long.class, AS_OF) > 0;
        assertThat(statuses).as("the demo data has agencies at risk or behind").containsAnyOf("AT_RISK", "BEHIND");

        String agencies = ReportFileReader.pdfText(generated.generate(ReportType.AGENCY_STATUS, ReportFormat.PDF));
        String items = ReportFileReader.pdfText(generated.generate(ReportType.AGENCY_ITEMS, ReportFormat.PDF));

        for (String status : statuses) {
            assertThat(agencies).contains(ScheduleStatus.valueOf(status).label()).doesNotContain(status);
        }
        if (complete) {
            assertThat(agencies.split("\\s+")).contains("100.00").doesNotContain("100.0", "100.");
        }
        // the summary label wraps at its spaces inside its cell
        assertThat(agencies.replaceAll("\\s+", " ")).contains("All agencies (national)",
                "Numbers computed").doesNotContain("Sum of the rows", "ACTIVE");
        // the statuses as they stood at the end of the as-of date, which the report shows; not today's
        for (String status : jdbc.queryForList("""
                SELECT DISTINCT COALESCE((SELECT c.to_status FROM pledge_item_status_change c
                                          WHERE c.pledge_item_id = pi.id AND c.changed_at < ?
                                          ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), 'NOT_STARTED')
                FROM pledge_item pi
                WHERE pi.pledge_id = (SELECT pledge_id FROM agency_snapshot WHERE as_of = ? AND agency_id = ?)""",
                String.class, AS_OF.plusDays(1), AS_OF, generated.wichitaId())) {
            assertThat(items).contains(ItemStatus.valueOf(status).label()).doesNotContain(status);
        }
        String overdueCsv = new String(generated.generate(ReportType.OVERDUE_DELIVERABLES, ReportFormat.CSV),
                StandardCharsets.UTF_8);
        assertThat(overdueCsv).contains("\"Status now\"").doesNotContain("TRAINING", "SITE_VISIT", "PLANNED", "SCHEDULED");
    }

    @Test
    void grantDeliverablesSayWhetherFundsWereAtRiskOnTheAsOfDateAndNameThePartnersInTheirRoles() throws Exception {
        List<List<String>> rows = ReportFileReader.csv(generated.generate(ReportType.GRANT_DELIVERABLES, ReportFormat.CSV));
        Map<String, String> dayton = rowOf(rows, "Award number", "15PBJA-24-GG-03107-BCJI");
        assertThat(dayton.get("Funds at risk")).as("the demo's Dayton grantee never filed one report").isEqualTo("Yes");
        assertThat(dayton.get("Partners")).contains("University of Dayton Business Research Group (Research partner)",
                "City of Dayton (Fiscal agent)", "City of Dayton (Site coordinator)");

        jdbc.update("UPDATE grantee_report SET submitted_on = due_on WHERE submitted_on IS NULL AND grant_id ="
                + " (SELECT id FROM bcji_grant WHERE award_number = '15PBJA-24-GG-03107-BCJI') AND due_on < ?", AS_OF);
        try {
            List<List<String>> filed = ReportFileReader.csv(generated.generate(ReportType.GRANT_DELIVERABLES,
                    ReportFormat.CSV));
            assertThat(rowOf(filed, "Award number", "15PBJA-24-GG-03107-BCJI").get("Funds at risk")).isEqualTo("No");
        } finally {
            jdbc.update("UPDATE grantee_report SET submitted_on = NULL WHERE state = 'NOT_STARTED' AND grant_id ="
                    + " (SELECT id FROM bcji_grant WHERE award_number = '15PBJA-24-GG-03107-BCJI')");
        }
    }

    /** The one summary row of the unfiltered report's XLSX, by header. */
    private Map<String, String> summaryRow(ReportType type) throws Exception {
        List<Map<String, String>> rows = summaryRows(type, ReportFilters.NONE);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }

    /** The summary rows of the report's XLSX, each by header. */
    private List<Map<String, String>> summaryRows(ReportType type, ReportFilters filters) throws Exception {
        try (XSSFWorkbook workbook = ReportFileReader.xlsx(generated.generate(type, ReportFormat.XLSX, filters))) {
            XSSFSheet sheet = workbook.getSheet("Summary");
            assertThat(sheet).as("the XLSX has a Summary sheet").isNotNull();
            List<List<String>> rows = ReportFileReader.rows(sheet, sheet.getRow(0).getLastCellNum());
            return rows.stream().skip(1).map(row -> byHeader(rows.getFirst(), row)).toList();
        }
    }

    private static Map<String, String> rowOf(List<List<String>> rows, String header, String value) {
        int column = rows.getFirst().indexOf(header);
        return byHeader(rows.getFirst(), rows.stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow());
    }

    private static Map<String, String> byHeader(List<String> headers, List<String> row) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            values.put(headers.get(i), row.get(i));
        }
        return values;
    }

    private static String number(Object value) {
        return ReportFileReader.normalize(value.toString());
    }
}
