package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportStatus;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generates every report type in every format from snapshots computed for the test's as-of date,
 * opens each file with a real reader (Commons CSV, POI, PDFBox) and compares its numbers with the
 * snapshot rows read independently with plain SQL.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class ReportJobIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2028, 2, 20);
    private static boolean snapshotsComputed;

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

    @BeforeEach
    void computeSnapshotsOnce() {
        if (!snapshotsComputed) {
            snapshots.runNow("pledgeStatus", AS_OF, "test");
            snapshots.runNow("deliverableStatus", AS_OF, "test");
            snapshotsComputed = true;
        }
    }

    static List<Arguments> everyTypeAndFormat() {
        List<Arguments> arguments = new ArrayList<>();
        for (ReportType type : ReportType.values()) {
            // the dossier is no table of rows: DossierJobFunctionalTests
            for (ReportFormat format : type == ReportType.AGENCY_DOSSIER ? List.<ReportFormat>of() : type.formats()) {
                arguments.add(Arguments.of(type, format));
            }
        }
        return arguments;
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyTypeAndFormat")
    void fileHoldsTheSnapshotNumbers(ReportType type, ReportFormat format) throws Exception {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ReportFilters filters = type.aboutOneAgency() ? agencyFilter()
                : type.aboutOneGrant() ? grantFilter() : ReportFilters.NONE;
        Expected expected = expected(type);
        assertThat(expected.rows()).as("the demo data gives this report rows").isNotEmpty();

        ReportFile file = launcher.generateNow(reports.request(overseer, type, format, AS_OF, filters));

        assertThat(file.status()).isEqualTo(ReportStatus.READY);
        assertThat(file.rowCount()).isEqualTo(expected.rows().size());
        byte[] content = read(overseer, file);
        keepSample(file, content);
        assertThat(file.sizeBytes()).isEqualTo(content.length);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        switch (format) {
            case CSV -> {
                List<List<String>> rows = ReportFileReader.csv(content);
                assertThat(rows.getFirst().getFirst()).isEqualTo(expected.firstHeader());
                assertThat(project(rows.subList(1, rows.size()), expected.columns())).isEqualTo(expected.rows());
            }
            case XLSX -> {
                try (XSSFWorkbook workbook = ReportFileReader.xlsx(content)) {
                    XSSFSheet sheet = workbook.getSheetAt(0);
                    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
                    assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
                    assertThat(workbook.getSheet("About").getRow(1).getCell(1).getStringCellValue())
                            .isEqualTo(AS_OF.toString());
                    List<List<String>> rows = ReportFileReader.rows(sheet, sheet.getRow(0).getLastCellNum());
                    assertThat(rows.getFirst().getFirst()).isEqualTo(expected.firstHeader());
                    assertThat(project(rows.subList(1, rows.size()), expected.columns())).isEqualTo(expected.rows());
                }
            }
            case PDF -> {
                String text = ReportFileReader.pdfText(content);
                int pages = ReportFileReader.pdfPages(content);
                assertThat(text).contains(type.label()).contains("As of 20 February 2028")
                        .contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);
                assertThat(text).contains("Rows in this report: " + expected.rows().size())
                        .contains(type == ReportType.OVERDUE_DELIVERABLES ? "Numbers computed when this file was generated"
                                : "Numbers computed ");
                // table cells wrap long names onto several lines
                String unwrapped = text.replaceAll("\\s+", "");
                for (List<String> row : expected.rows()) {
                    assertThat(unwrapped).contains(row.getFirst().replaceAll("\\s+", ""));
                }
            }
        }
    }

    @Test
    void backgroundGenerationReportsProgressUntilReady() throws InterruptedException {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        ReportFile file = launcher.generate(overseer, ReportType.AGENCY_STATUS, ReportFormat.XLSX, AS_OF,
                ReportFilters.NONE);

        ReportProgress progress = launcher.progress(overseer, file.id());
        for (int i = 0; i < 300 && progress.generating(); i++) {
            Thread.sleep(100);
            progress = launcher.progress(overseer, file.id());
        }
        assertThat(progress.file().status()).isEqualTo(ReportStatus.READY);
        assertThat(progress.fractionDone()).isEqualTo(1.0);
        assertThat(progress.totalRows()).isEqualTo(progress.rowsWritten())
                .isEqualTo(progress.file().rowCount().longValue());
        assertThat(reports.files(overseer, 100)).extracting(ReportFile::id).contains(file.id());
    }

    @Test
    void filtersNarrowTheRows() throws IOException {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        long kansas = count("SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ? AND state = 'KS'", AS_OF);

        ReportFile file = launcher.generateNow(reports.request(overseer, ReportType.AGENCY_STATUS, ReportFormat.CSV,
                AS_OF, new ReportFilters("KS", null, null, null, null)));

        assertThat(file.rowCount()).isEqualTo((int) kansas).isLessThan((int) count(
                "SELECT COUNT(*) FROM agency_snapshot WHERE as_of = ?", AS_OF));
        assertThat(ReportFileReader.csv(read(overseer, file)).stream().skip(1).map(r -> r.get(2))).containsOnly("KS");
        assertThat(file.filtersText()).isEqualTo("State: KS");
    }

    @Test
    void agencyUsersGetOnlyTheirOwnItemDetail() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        ReportFilters wichitaItems = new ReportFilters(null, null, null, null, wichita.organizationId());

        assertThatThrownBy(() -> reports.request(wichita, ReportType.AGENCY_STATUS, ReportFormat.CSV, AS_OF,
                ReportFilters.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.request(dayton, ReportType.AGENCY_ITEMS, ReportFormat.CSV, AS_OF,
                wichitaItems)).isInstanceOf(AccessDeniedException.class);
        ReportFile own = launcher.generateNow(reports.request(wichita, ReportType.AGENCY_ITEMS, ReportFormat.CSV,
                AS_OF, wichitaItems));
        assertThat(own.status()).isEqualTo(ReportStatus.READY);
        assertThatThrownBy(() -> reports.open(dayton, own.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.files(dayton, 100)).extracting(ReportFile::id).doesNotContain(own.id());
    }

    @Test
    void futureAsOfDateIsRefused() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> reports.request(overseer, ReportType.AGENCY_STATUS, ReportFormat.CSV,
                LocalDate.of(2028, 3, 1), ReportFilters.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
    }

    /** Leaves each file in target/report-samples for people to open (LibreOffice, pdftoppm). */
    private static void keepSample(ReportFile file, byte[] content) throws IOException {
        Path samples = Path.of("target", "report-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve(file.type().name().toLowerCase() + "." + file.format().extension()), content);
    }

    private ReportFilters agencyFilter() {
        return new ReportFilters(null, null, null, null,
                Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId());
    }

    private ReportFilters grantFilter() {
        return new ReportFilters(null, null, jdbc.queryForObject(
                "SELECT id FROM bcji_grant WHERE award_number = ?", Long.class, DemoGrantAwards.WICHITA_FY2020), null, null);
    }

    private byte[] read(CurrentUser user, ReportFile file) throws IOException {
        try (InputStream in = reports.open(user, file.id())) {
            return in.readAllBytes();
        }
    }

    /** The expected rows (only the columns named), read with plain SQL independent of the job's queries. */
    private Expected expected(ReportType type) {
        return switch (type) {
            case AGENCY_STATUS -> new Expected("Agency", new int[] {0, 5, 6, 9}, text("""
                    SELECT o.name, s.items_total, s.verified, s.pct_verified FROM agency_snapshot s
                    JOIN organization o ON o.id = s.agency_id WHERE s.as_of = ? ORDER BY o.name, s.agency_id""", AS_OF));
            case FOCUS_AREA_SUMMARY -> new Expected("Scope", new int[] {0, 3, 6, 8}, text("""
                    SELECT CASE scope_type WHEN 'NATIONAL' THEN 'All agencies (national)'
                                           ELSE 'All agencies in the state' END,
                           agencies, verified, pct_verified FROM rollup_snapshot
                    WHERE as_of = ? AND scope_type IN ('NATIONAL', 'STATE')
                    ORDER BY scope_type, scope_key, focus_area_position""", AS_OF));
            case GRANT_DELIVERABLES -> new Expected("Award number", new int[] {0, 2, 3, 5}, text("""
                    SELECT g.award_number, d.planned, d.delivered, d.overdue FROM deliverable_snapshot d
                    JOIN bcji_grant g ON g.id = d.scope_id WHERE d.as_of = ? AND d.scope_type = 'GRANT'
                    ORDER BY g.award_number""", AS_OF));
            case OVERDUE_DELIVERABLES -> new Expected("Award number", new int[] {0, 2, 5}, jdbc.query("""
                    SELECT g.award_number, t.title, t.due_on FROM ta_deliverable t JOIN bcji_grant g ON g.id = t.grant_id
                    WHERE t.due_on < ? AND t.status <> 'CANCELLED' AND (t.delivered_on IS NULL OR t.delivered_on > ?)
                    ORDER BY t.due_on, t.id""", (rs, n) -> List.of(rs.getString(1), rs.getString(2),
                    Long.toString(ChronoUnit.DAYS.between(rs.getObject(3, LocalDate.class), AS_OF))), AS_OF, AS_OF));
            // hours of the deliveries the snapshot counts: delivered on or before the date, not cancelled; a TA
            // event's hours once, not once per grant it served
            case PROVIDER_ACTIVITY -> new Expected("TA provider", new int[] {0, 1, 2, 5}, text("""
                    SELECT p.name, d.planned, d.delivered,
                           (SELECT COALESCE(SUM(t.hours), 0) FROM ta_deliverable t WHERE t.provider_org_id = p.id
                            AND t.delivered_on <= ? AND t.status <> 'CANCELLED' AND t.ta_event_id IS NULL)
                           + (SELECT COALESCE(SUM(e.hours), 0) FROM ta_event e WHERE e.provider_org_id = p.id
                              AND e.status = 'HELD' AND e.held_on <= ?)
                    FROM deliverable_snapshot d JOIN organization p ON p.id = d.scope_id
                    WHERE d.as_of = ? AND d.scope_type = 'PROVIDER' ORDER BY p.name""", AS_OF, AS_OF, AS_OF));
            // Wichita's grant ended in September 2027: its facts, that no period includes the date, its partners
            case GRANT_PROGRESS_REPORT -> new Expected("Section", new int[] {0, 1}, java.util.stream.Stream.of(
                    java.util.stream.Stream.of("Award number", "Title", "Site", "Grantee", "Lead agency", "Award amount",
                            "Award period", "Funds at risk on " + AS_OF).map(item -> List.of("Grant", item)),
                    java.util.stream.Stream.of(List.of("Period", "Progress report")),
                    jdbc.queryForList("""
                            SELECT o.name FROM grant_partner p JOIN organization o ON o.id = p.organization_id
                            WHERE p.grant_id = ? ORDER BY o.name""", String.class, grantFilter().grantId()).stream()
                            .map(name -> List.of("Partners", name))).flatMap(rows -> rows).toList());
            // each item's status then: where its last change before the end of the as-of date went
            case AGENCY_ITEMS -> new Expected("Item", new int[] {0, 2, 3}, text("""
                    SELECT ci.number, ci.title,
                           COALESCE((SELECT c.to_status FROM pledge_item_status_change c
                                     WHERE c.pledge_item_id = pi.id AND c.changed_at < ?
                                     ORDER BY c.changed_at DESC, c.id DESC LIMIT 1), 'NOT_STARTED')
                    FROM pledge_item pi JOIN catalog_item ci ON ci.id = pi.catalog_item_id
                    WHERE pi.pledge_id = (SELECT pledge_id FROM agency_snapshot WHERE as_of = ? AND agency_id = ?)
                    ORDER BY ci.number""", AS_OF.plusDays(1).atStartOfDay(), AS_OF, agencyFilter().agencyId()).stream()
                    .map(row -> List.of(row.get(0), row.get(1), ItemStatus.valueOf(row.get(2)).label())).toList());
            case AGENCY_DOSSIER -> throw new IllegalArgumentException("The dossier has its own tests");
        };
    }

    private List<List<String>> text(String sql, Object... parameters) {
        return jdbc.query(sql, (rs, n) -> IntStream.rangeClosed(1, rs.getMetaData().getColumnCount())
                .mapToObj(i -> {
                    try {
                        return ReportFileReader.normalize(rs.getString(i));
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList(), parameters);
    }

    private long count(String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }

    private static List<List<String>> project(List<List<String>> rows, int[] columns) {
        return rows.stream().map(row -> IntStream.of(columns).mapToObj(row::get).toList()).toList();
    }

    private record Expected(String firstHeader, int[] columns, List<List<String>> rows) {
    }
}
