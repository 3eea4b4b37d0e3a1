package org.pledgetrack.batch.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real rosters against the real database: the FBI's agency list as published (state codes NB and GM,
 * no city, tribal agencies, the FBI's type names), a roster with a few hundred bad rows whose good rows
 * go in and whose bad rows come back as a CSV that, corrected, imports the rest, and an agency whose
 * name changes between two imports. Every agency here has the marker T after its state code.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class FbiRosterImportFunctionalTests {

    private static final FbiRosters FBI = new FbiRosters('T');

    @Autowired
    private RosterImportService service;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KeptRosters rosters;

    @AfterEach
    void removeImportedAgencies() {
        String imported = "SELECT id FROM organization WHERE ori LIKE '__T%'";
        jdbc.update("DELETE FROM app_user WHERE organization_id IN (" + imported + ")");
        jdbc.update("DELETE FROM organization WHERE id IN (SELECT id FROM (" + imported + ") o)");
    }

    @Test
    void nebraskaGuamNoCityAndTribalRowsImportWithTheFbisCodesAndTypes() throws InterruptedException {
        byte[] roster = FbiRosters.csv(FbiRosters.HEADER, List.of(
                List.of("NBT000001", "Omaha Police Department", "NE", "Omaha", "Douglas", "City"),
                List.of("NBT000002", "Lancaster County Sheriff's Office", "NB", "", "Lancaster", "County"),
                List.of("GMT000003", "Guam Police Department", "GU", "", "", "State Police"),
                List.of("AZT000004", "Hopi Resource Enforcement Services", "AZ", "", "", "Tribal"),
                List.of("AZT000005", "Navajo Nation Police", "AZ", "", "Apache", "tribal"),
                List.of("KST000006", "Kansas Department of Wildlife and Parks", "KS", "", "", "Other State Agency"),
                List.of("KST000007", "Wichita State University Police", "KS", "Wichita", "Sedgwick", "University or College")));

        RosterImportRun run = importFile(roster);

        assertThat(run.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(run.found()).isEqualTo(new CheckCounts(7, 0, 0, 0));
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', ori, state, IFNULL(city, '-'), IFNULL(county, '-'), "
                + "agency_type, fbi_agency_type) FROM organization WHERE ori LIKE '__T%' ORDER BY ori", String.class))
                .containsExactly(
                        "AZT000004|AZ|-|-|TRIBAL|Tribal",
                        "AZT000005|AZ|-|Apache|TRIBAL|Tribal",
                        "GMT000003|GU|-|-|STATE_POLICE|State Police",
                        "KST000006|KS|-|-|OTHER|Other State Agency",
                        "KST000007|KS|Wichita|Sedgwick|UNIVERSITY|University or College",
                        "NBT000001|NE|Omaha|Douglas|MUNICIPAL|City",
                        "NBT000002|NE|-|Lancaster|COUNTY_SHERIFF|County");
    }

    @Test
    void theCrimeDataExplorersOwnColumnNamesAreRead() throws InterruptedException {
        byte[] roster = FbiRosters.csv("ori,agency_name,state_abbr,county_name,agency_type_name", List.of(
                List.of("NBT000011", "Bellevue Police Department", "NE", "Sarpy", "City")));

        RosterImportRun run = importFile(roster);

        assertThat(run.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(jdbc.queryForObject("SELECT CONCAT_WS('|', name, state, county, agency_type) FROM organization "
                + "WHERE ori = 'NBT000011'", String.class)).isEqualTo("Bellevue Police Department|NE|Sarpy|MUNICIPAL");
    }

    @Test
    void fewHundredBadRowsComeBackAsCsvWithReasonsAndTheCorrectedCsvAddsThem() throws Exception {
        int rows = 2_000;
        RosterImportRun checked = checkFile(FBI.roster(0, rows, n -> n % 7 == 3));
        int bad = (int) IntStream.range(0, rows).filter(n -> n % 7 == 3).count();

        assertThat(checked.status()).isEqualTo(RosterImportStatus.CHECKED);
        assertThat(checked.found()).isEqualTo(new CheckCounts(rows - bad, 0, 0, bad));
        RosterImportRun imported = RosterImports.importValidRowsAndWait(service, admin(), checked.id());
        assertThat(imported.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(imported.agenciesCreated()).isEqualTo(rows - bad);
        assertThat(agencyCount()).isEqualTo(rows - bad);

        List<CSVRecord> rejected = rejectedRows(checked.id());
        assertThat(rejected).hasSize(bad);
        assertThat(rejected.getFirst().toMap()).isEqualTo(Map.of("ori", "GMT000003", "agency_name",
                "County Sheriff's Office 3", "state", "KS", "city", "", "county", "", "agency_type", "County",
                "reason", "ORI \"GMT000003\" starts with GM but the state is KS."));
        assertThat(rejected).extracting(r -> r.get("reason")).anyMatch(reason -> reason.equals(
                "\"XX\" is not a US state or territory code (postal, or the FBI's such as NB for Nebraska)."))
                .anyMatch(reason -> reason.endsWith("not \"Constable\"."))
                .anyMatch(reason -> reason.matches("ORI \"[A-Z]{2}T\\d{6}\" starts with [A-Z]{2} but the state is "
                        + "[A-Z]{2}\\."));

        RosterImportRun corrected = importFile(corrected(rejected));

        assertThat(corrected.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(corrected.found()).isEqualTo(new CheckCounts(bad, 0, 0, 0));
        assertThat(agencyCount()).isEqualTo(rows);
    }

    @Test
    void rejectedCsvHoldsEveryRejectedRowWhileTheErrorReportStopsAtItsLimit() throws Exception {
        RosterImportRun checked = checkFile(FBI.roster(0, 1_500, n -> n % 10 != 0));

        assertThat(checked.found()).isEqualTo(new CheckCounts(150, 0, 0, 1_350));
        assertThat(checked.errorCount()).isEqualTo(1_350);
        StringBuilder report = new StringBuilder();
        service.writeErrorReport(admin(), checked.id(), report);
        assertThat(report.toString().lines()).hasSize(1 + 1_000 + 1);
        assertThat(rejectedRows(checked.id())).hasSize(1_350)
                .extracting(r -> r.get("ori")).doesNotHaveDuplicates().contains(FBI.ori(1), FBI.ori(1_499));
        service.importNothing(admin(), checked.id());
        assertThat(agencyCount()).isZero();
    }

    @Test
    void oriThatChangesNameBetweenTwoImportsIsUpdatedOnceTheAdminConfirmsTheChangesShown() throws Exception {
        importFile(FbiRosters.csv(FbiRosters.HEADER, List.of(
                List.of("NBT000021", "Sarpy County Sheriff", "NE", "", "Sarpy", "County"),
                List.of("NBT000022", "La Vista Police Department", "NE", "La Vista", "Sarpy", "City"))));
        long sheriffId = jdbc.queryForObject("SELECT id FROM organization WHERE ori = 'NBT000021'", Long.class);

        RosterImportRun checked = checkFile(FbiRosters.csv(FbiRosters.HEADER, List.of(
                List.of("NBT000021", "Sarpy County Sheriff's Office", "NB", "Papillion", "Sarpy", "County"),
                List.of("NBT000022", "La Vista Police Department", "NE", "", "Sarpy", "City"))));

        assertThat(checked.status()).isEqualTo(RosterImportStatus.CHECKED);
        assertThat(checked.found()).isEqualTo(new CheckCounts(0, 1, 1, 0));
        assertThat(service.countChanges(admin(), checked.id())).isEqualTo(2);
        assertThat(service.changes(admin(), checked.id(), 0, 50)).containsExactly(
                new AgencyFieldChange(2, "NBT000021", "Sarpy County Sheriff", "agency_name", "Sarpy County Sheriff",
                        "Sarpy County Sheriff's Office"),
                new AgencyFieldChange(2, "NBT000021", "Sarpy County Sheriff", "city", null, "Papillion"));

        RosterImportRun imported = RosterImports.importValidRowsAndWait(service, admin(), checked.id());

        assertThat(imported.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(List.of(imported.agenciesCreated(), imported.agenciesUpdated())).containsExactly(0, 1);
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', ori, name, IFNULL(city, '-'), county) FROM organization "
                + "WHERE ori LIKE 'NBT00002%' ORDER BY ori", String.class)).containsExactly(
                "NBT000021|Sarpy County Sheriff's Office|Papillion|Sarpy",
                "NBT000022|La Vista Police Department|La Vista|Sarpy");
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', actor_name, field, IFNULL(old_value, '-'), new_value) "
                + "FROM audit_log WHERE entity_type = 'AGENCY' AND entity_id = ? ORDER BY id", String.class, sheriffId))
                .containsExactly("admin|agency_name|Sarpy County Sheriff|Sarpy County Sheriff's Office",
                        "admin|city|-|Papillion");
    }

    @Test
    void importRefusesWhenTheDatabaseChangedSinceTheCheck() throws InterruptedException {
        RosterImportRun checked = checkFile(FBI.roster(31, 3, n -> false));
        jdbc.update("INSERT INTO organization (kind, name, ori, state, agency_type, created_at, updated_at) "
                + "VALUES ('AGENCY', 'Added meanwhile', ?, 'OK', 'MUNICIPAL', NOW(), NOW())", FBI.ori(32));

        RosterImportRun run = RosterImports.importValidRowsAndWait(service, admin(), checked.id());

        assertThat(run.status()).isEqualTo(RosterImportStatus.FAILED);
        assertThat(run.message()).isEqualTo("Nothing was imported: " + ImportRosterTasklet.CHANGED_SINCE_CHECK);
        assertThat(agencyCount()).isOne();
        assertThat(rosters.keeps(checked.id())).isFalse();
        assertThatThrownBy(() -> service.importNothing(admin(), checked.id())).isInstanceOf(IllegalStateException.class);
    }

    /** The rejected rows with their faulty values replaced by the right ones; the reason column stays. */
    private static byte[] corrected(List<CSVRecord> rejected) {
        Map<String, Integer> numberByOri = new HashMap<>();
        for (int n = 0; n < 2_000; n++) {
            numberByOri.put(FBI.ori(n), n);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : rejected) {
            List<String> row = new ArrayList<>(FBI.goodRow(numberByOri.get(record.get("ori"))));
            row.add(record.get("reason"));
            rows.add(row);
        }
        return FbiRosters.csv(FbiRosters.HEADER + ",reason", rows);
    }

    private List<CSVRecord> rejectedRows(long importId) throws IOException {
        StringBuilder csv = new StringBuilder();
        service.writeRejectedRows(admin(), importId, csv);
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv.toString()))) {
            assertThat(parser.getHeaderNames()).containsExactly("ori", "agency_name", "state", "city", "county",
                    "agency_type", "reason");
            return parser.getRecords();
        }
    }

    private RosterImportRun importFile(byte[] content) throws InterruptedException {
        return RosterImports.importAndWait(service, admin(), "fbi-agencies.csv", content);
    }

    private RosterImportRun checkFile(byte[] content) throws InterruptedException {
        return RosterImports.checkAndWait(service, admin(), "fbi-agencies.csv", content);
    }

    private int agencyCount() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE ori LIKE '__T%'", Integer.class);
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }
}
