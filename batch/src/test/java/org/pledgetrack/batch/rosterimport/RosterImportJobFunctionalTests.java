package org.pledgetrack.batch.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.batch.rosterimport.RosterFiles.aRoster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The roster import job against the real database: every way a file can be wrong is refused
 * with its exact message and line, and a refused file leaves nothing behind. Each test uses ORIs
 * of its own (by state), all of the form {@code XX000…} or {@code MS1…}, and removes what it
 * imported, because all batch tests share one database.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class RosterImportJobFunctionalTests {

    @Autowired
    private RosterImportService service;
    @Autowired
    private RosterImportRepository imports;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private KeptRosters rosters;
    /** The folder as the bean has it: the setting holds ${random.uuid}, which differs on every read. */
    @Autowired
    private FileProperties fileProperties;

    @AfterEach
    void removeImportedAgencies() {
        String imported = "SELECT id FROM organization WHERE ori LIKE '__000%' OR ori LIKE 'MS1%'";
        jdbc.update("DELETE FROM app_user WHERE organization_id IN (" + imported + ")");
        jdbc.update("DELETE FROM organization WHERE id IN (SELECT id FROM (" + imported + ") o)");
    }

    @Test
    void validFileImportsEveryAgencyAndDisabledUser() throws InterruptedException {
        RosterImportRun run = importFile(aRoster().agency("AL0000001", "AL").agency("AL0000002", "AL")
                .line("AL0000003,Sheriff's Office,AL,Mobile,COUNTY_SHERIFF,,,,,").bytes());

        assertThat(run.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(run.message()).isEqualTo("Imported 3 new agencies, updated 0 agencies and added 2 users. The users "
                + "are disabled until an admin gives them a password.");
        assertThat(List.of(run.rowsRead(), run.agenciesCreated(), run.usersCreated(), run.errorCount()))
                .containsExactly(3, 3, 2, 0);
        assertThat(run.found()).isEqualTo(new CheckCounts(3, 0, 0, 0));
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', kind, name, state, city, agency_type, sworn_officers) "
                + "FROM organization WHERE ori LIKE 'AL000000%' ORDER BY ori", String.class))
                .containsExactly("AGENCY|Police Department AL0000001|AL|Springfield|MUNICIPAL|120",
                        "AGENCY|Police Department AL0000002|AL|Springfield|MUNICIPAL|120",
                        "AGENCY|Sheriff's Office|AL|Mobile|COUNTY_SHERIFF");
        assertThat(jdbc.queryForList("SELECT CONCAT_WS('|', u.username, u.email, u.role, u.enabled, o.ori) "
                + "FROM app_user u JOIN organization o ON o.id = u.organization_id "
                + "WHERE o.ori LIKE 'AL000000%' ORDER BY u.username", String.class))
                .containsExactly("al0000001.agency|al0000001.agency@example.org|AGENCY|0|AL0000001",
                        "al0000002.agency|al0000002.agency@example.org|AGENCY|0|AL0000002");
        assertThat(run.progress()).isEqualTo(1.0);
    }

    @Test
    void badOriIsRefused() throws InterruptedException {
        String rule = " is not valid: it is a 2-letter state code (postal, or the FBI's such as NB) and 7 capital "
                + "letters or digits, e.g. KS0870300.";
        assertRefused(aRoster().agency("AK00001", "AK").agency("ZZ0000001", "AK").agency("ak0000003", "AK"),
                new RowError(2, "ori", "ORI \"AK00001\"" + rule),
                new RowError(3, "ori", "ORI \"ZZ0000001\"" + rule),
                new RowError(4, "ori", "ORI \"ak0000003\"" + rule));
    }

    @Test
    void oriTwiceInTheFileIsRefusedOnItsSecondLine() throws InterruptedException {
        assertRefused(aRoster().agency("AZ0000001", "AZ")
                        .line("AZ0000001,Other Police,AZ,Tucson,MUNICIPAL,,,,,"),
                new RowError(3, "ori", "ORI \"AZ0000001\" is also on line 2."));
    }

    @Test
    void oriAlreadyInTheDatabaseIsAChangeShownOldToNewAndImportingNothingKeepsTheAgency() throws InterruptedException {
        String wichitaOri = jdbc.queryForObject(
                "SELECT ori FROM organization WHERE name = 'Wichita Police Department'", String.class);

        RosterImportRun run = checkFile(aRoster().line(wichitaOri + ",Wichita PD,KS,,MUNICIPAL,,,,,").bytes());

        assertThat(run.status()).isEqualTo(RosterImportStatus.CHECKED);
        assertThat(run.found()).isEqualTo(new CheckCounts(0, 1, 0, 0));
        assertThat(service.changes(admin(), run.id(), 0, 10)).containsExactly(new AgencyFieldChange(2, wichitaOri,
                "Wichita Police Department", "agency_name", "Wichita Police Department", "Wichita PD"));
        service.importNothing(admin(), run.id());
        assertThat(service.find(admin(), run.id()).status()).isEqualTo(RosterImportStatus.DISCARDED);
        assertThat(service.find(admin(), run.id()).message()).isEqualTo("Nothing was imported, as you chose.");
        assertThat(rosters.keeps(run.id())).isFalse();
        assertThat(jdbc.queryForObject("SELECT name FROM organization WHERE ori = ?", String.class, wichitaOri))
                .isEqualTo("Wichita Police Department");
    }

    @Test
    void oriOfAnotherStateIsRefused() throws InterruptedException {
        assertRefused(aRoster().agency("AR0000001", "CA"),
                new RowError(2, "ori", "ORI \"AR0000001\" starts with AR but the state is CA."));
    }

    @Test
    void unknownStateIsRefused() throws InterruptedException {
        assertRefused(aRoster().line("CO0000001,Police,XX,Denver,MUNICIPAL,,,,,"),
                new RowError(2, "state", "\"XX\" is not a US state or territory code (postal, or the FBI's such as NB "
                        + "for Nebraska)."));
    }

    @Test
    void missingRequiredFieldsAreRefusedOneByOne() throws InterruptedException {
        assertRefused(aRoster().line("CT0000001,,CT,,MUNICIPAL,,,ct.user,,ct@example.org"),
                new RowError(2, "agency_name", "agency_name is required."),
                new RowError(2, "user_display_name", "user_display_name is required when the row creates a user."));
    }

    @Test
    void badEmailAddressIsRefused() throws InterruptedException {
        assertRefused(aRoster().line("DE0000001,Police,DE,Dover,MUNICIPAL,,,de.chief,Chief,chief@@example"),
                new RowError(2, "user_email", "\"chief@@example\" is not a valid e-mail address."));
    }

    @Test
    void otherFieldFaultsAreRefused() throws InterruptedException {
        assertRefused(aRoster().line("FL0000001,Police,FL,Miami,TOWN,many,-5,Fl Chief,Chief,fl@example.org"),
                new RowError(2, "agency_type", "agency_type must be one of the FBI's types (City, County, State Police, "
                        + "Other State Agency, Tribal, University or College, Other) or MUNICIPAL, COUNTY_SHERIFF, "
                        + "STATE_POLICE, TRIBAL, UNIVERSITY, OTHER, not \"TOWN\"."),
                new RowError(2, "sworn_officers",
                        "sworn_officers must be a whole number from 0 to 9999999, not \"many\"."),
                new RowError(2, "population_served",
                        "population_served must be a whole number from 0 to 9999999, not \"-5\"."),
                new RowError(2, "user_username", "User name \"Fl Chief\" may only have lower-case letters, digits, "
                        + "dots, hyphens and underscores, 3 to 100 characters, starting with a letter or digit."));
    }

    @Test
    void takenAndRepeatedUserNamesAreRefused() throws InterruptedException {
        assertRefused(aRoster().line("GA0000001,Police,GA,Athens,MUNICIPAL,,,wichita.agency,W,w@example.org")
                        .line("GA0000002,Police,GA,Macon,MUNICIPAL,,,ga.chief,C,c@example.org")
                        .line("GA0000003,Police,GA,Rome,MUNICIPAL,,,ga.chief,C,c@example.org"),
                new RowError(2, "user_username", "User name \"wichita.agency\" is already taken."),
                new RowError(4, "user_username", "User name \"ga.chief\" is also on line 3."));
    }

    @Test
    void repeatedRowIsRefusedAsARepeat() throws InterruptedException {
        assertRefused(aRoster().agency("HI0000001", "HI").agency("HI0000002", "HI").agency("HI0000001", "HI"),
                new RowError(4, null, "This row repeats line 2."));
    }

    @Test
    void rowWithTheWrongNumberOfValuesIsRefused() throws InterruptedException {
        assertRefused(aRoster().line("ID0000001,Police,ID,Boise"),
                new RowError(2, null, "This row has 4 values but the header names 10 columns."));
    }

    @Test
    void headerWithUnknownOrMissingColumnsIsRefused() throws InterruptedException {
        RosterImportRun run = importFile("ori,name,state,city,agency_type\r\nIL0000001,Police,IL,Peoria,MUNICIPAL\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(run.status()).isEqualTo(RosterImportStatus.INVALID);
        assertThat(errorsOf(run)).containsExactly(
                new RowError(1, "name", "Unknown column \"name\"; the columns are ori,agency_name,state,city,county,"
                        + "agency_type,sworn_officers,population_served,user_username,user_display_name,user_email."),
                new RowError(1, "agency_name", "The header has no column \"agency_name\", which is required."));
    }

    @Test
    void headerOfAMillionColumnsIsRefusedAtItsFirstLineWithTheLimit() throws InterruptedException {
        byte[] header = ("ori" + ",x".repeat(999_999) + "\r\n").getBytes(StandardCharsets.UTF_8);

        RosterImportRun run = importFile(header);

        String refusal = "Line 1 is longer than 10000 characters, the most a roster line may have; the file was not "
                + "read further.";
        assertThat(run.status()).isEqualTo(RosterImportStatus.INVALID);
        assertThat(run.message()).isEqualTo(refusal + " Nothing was imported.");
        assertThat(errorsOf(run)).containsExactly(new RowError(1, null, refusal));
        assertThat(run.errorCount()).isEqualTo(1);
    }

    @Test
    void lineOverTheLengthBoundIsRefusedWithItsLine() throws InterruptedException {
        RosterImportRun run = assertRefused(aRoster().agency("ID0000001", "ID").line("ID0000002," + "x".repeat(10_000)),
                new RowError(3, null, "Line 3 is longer than 10000 characters, the most a roster line may have; the "
                        + "file was not read further."));

        assertThat(run.rowsRead()).isEqualTo(1);
    }

    @Test
    void headerWithMoreColumnsThanTheBoundIsRefused() throws InterruptedException {
        StringBuilder header = new StringBuilder(RosterFiles.HEADER);
        for (int i = 11; i <= 51; i++) {
            header.append(",extra_").append(i);
        }

        RosterImportRun run = importFile((header + "\r\n").getBytes(StandardCharsets.UTF_8));

        String refusal = "Line 1 (the header) names 51 columns; a roster may have at most 50. The file was not read "
                + "further.";
        assertThat(run.status()).isEqualTo(RosterImportStatus.INVALID);
        assertThat(run.message()).isEqualTo(refusal + " Nothing was imported.");
        assertThat(errorsOf(run)).containsExactly(new RowError(1, null, refusal));
    }

    @Test
    void moreRowErrorsThanTheCapStoreTheCapAndCountTheRest() throws InterruptedException {
        RosterFiles roster = aRoster();
        for (int i = 1; i <= 1005; i++) {
            roster.line("OR%07d,Police,OR,Salem".formatted(i));
        }

        RosterImportRun run = importFile(roster.bytes());
        StringBuilder report = new StringBuilder();
        service.writeErrorReport(admin(), run.id(), report);

        assertThat(run.status()).isEqualTo(RosterImportStatus.INVALID);
        assertThat(run.errorCount()).isEqualTo(1005);
        assertThat(run.message()).isEqualTo("1005 problems on 1005 lines; nothing was imported. The error report "
                + "lists the first 1000 of them. Download the error report, correct the file and upload it again.");
        List<RowError> stored = errorsOf(run);
        assertThat(stored).hasSize(1000);
        assertThat(stored.getLast()).isEqualTo(new RowError(1001, null,
                "This row has 4 values but the header names 10 columns."));
        List<String> reportLines = report.toString().lines().toList();
        assertThat(reportLines).hasSize(1 + 1000 + 1);
        assertThat(reportLines.getLast()).endsWith(",,and 5 more errors not listed");
        StringBuilder rejected = new StringBuilder();
        service.writeRejectedRows(admin(), run.id(), rejected);
        List<String> rejectedLines = rejected.toString().lines().toList();
        assertThat(rejectedLines).hasSize(1 + 1005);
        assertThat(rejectedLines.getFirst()).isEqualTo(RosterFiles.HEADER + ",reason");
        assertThat(rejectedLines.getLast()).isEqualTo("OR0001005,Police,OR,Salem,,,,,,,"
                + "This row has 4 values but the header names 10 columns.");
    }

    @Test
    void windows1252BytesAreRefusedWithTheirLine() throws InterruptedException {
        byte[] latin1 = aRoster().agency("IN0000001", "IN")
                .line("IN0000002,Police de Montréal,IN,Gary,MUNICIPAL,,,,,")
                .text().getBytes(StandardCharsets.ISO_8859_1);

        RosterImportRun run = importFile(latin1);

        assertThat(run.status()).isEqualTo(RosterImportStatus.INVALID);
        assertThat(errorsOf(run)).containsExactly(new RowError(3, null, "This line is not UTF-8 text (was the "
                + "file saved as Windows or Latin-1?). Save it as \"CSV UTF-8\" and upload it again."));
        assertThat(agencyCount("IN000000%")).isZero();
    }

    @Test
    void byteOrderMarkIsIgnored() throws InterruptedException {
        byte[] text = aRoster().agency("IA0000001", "IA").bytes();
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);

        RosterImportRun run = importFile(withBom);

        assertThat(run.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(agencyCount("IA0000001")).isOne();
    }

    @Test
    void quotedLineBreakStaysInTheFieldAndLaterLinesAreCountedRight() throws InterruptedException {
        RosterFiles roster = aRoster()
                .line("KY0000001,\"Police Department\nof \"\"Old\"\" Louisville, KY\",KY,Louisville,MUNICIPAL,,,,,")
                .line("KY0000002,Police,KY,Paducah,MUNICIPAL,,,ky.chief,Chief,not-an-address");

        assertRefused(roster, new RowError(4, "user_email", "\"not-an-address\" is not a valid e-mail address."));

        RosterImportRun run = importFile(aRoster()
                .line("KY0000001,\"Police Department\nof \"\"Old\"\" Louisville, KY\",KY,Louisville,MUNICIPAL,,,,,")
                .bytes());
        assertThat(run.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(jdbc.queryForObject("SELECT name FROM organization WHERE ori = 'KY0000001'", String.class))
                .isEqualTo("Police Department\nof \"Old\" Louisville, KY");
    }

    @Test
    void oneBadRowAmongGoodOnesWaitsForTheAdminWhoMayImportNothing() throws InterruptedException {
        RosterFiles roster = aRoster();
        for (int i = 1; i <= 50; i++) {
            roster.agency("LA%07d".formatted(i), "LA");
        }
        roster.line("LA0000099,Police,LA,Monroe,MUNICIPAL,,,la.chief,Chief,la-at-example.org");

        RosterImportRun run = assertRefused(roster,
                new RowError(52, "user_email", "\"la-at-example.org\" is not a valid e-mail address."));

        assertThat(run.rowsRead()).isEqualTo(51);
        assertThat(run.found()).isEqualTo(new CheckCounts(50, 0, 0, 1));
        assertThat(run.message()).isEqualTo("Checked 51 rows: 50 new, 0 changed, 0 unchanged, 1 rejected. Import the "
                + "50 valid rows and download the rejected ones to correct, or import nothing.");
        assertThat(service.find(admin(), run.id()).status()).isEqualTo(RosterImportStatus.DISCARDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username LIKE 'la00000%'", Integer.class))
                .isZero();
        assertThatThrownBy(() -> service.importValidRows(admin(), run.id())).isInstanceOf(IllegalStateException.class)
                .hasMessage("This import does not wait for a decision any more (Nothing imported, as chosen).");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() throws InterruptedException {
        byte[] file = aRoster().agency("MA0000001", "MA").agency("MA0000002", "MA").bytes();
        RosterImportRun first = importFile(file);
        int organizations = jdbc.queryForObject("SELECT COUNT(*) FROM organization", Integer.class);
        int accounts = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);

        RosterImportRun second = importFile(file);

        assertThat(first.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(second.status()).isEqualTo(RosterImportStatus.UNCHANGED);
        assertThat(second.message()).isEqualTo("Nothing to import: 2 agencies are already as the file says.");
        assertThat(second.found()).isEqualTo(new CheckCounts(0, 0, 2, 0));
        assertThat(List.of(second.agenciesCreated(), second.usersCreated(), second.errorCount()))
                .containsExactly(0, 0, 0);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization", Integer.class)).isEqualTo(organizations);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(accounts);
    }

    @Test
    void faultDuringTheInsertRollsBackEveryEarlierChunk() throws InterruptedException {
        // A database fault on row 2,400, after two chunks of 1,000 agencies and users went in.
        jdbc.execute("CREATE TRIGGER roster_fault BEFORE INSERT ON app_user FOR EACH ROW "
                + "IF NEW.username = 'mt0002399.agency' THEN "
                + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'simulated disk fault'; END IF");
        try {
            RosterFiles roster = aRoster();
            for (int i = 1; i <= 2500; i++) {
                roster.agency("MT%07d".formatted(i), "MT");
            }
            int organizations = jdbc.queryForObject("SELECT COUNT(*) FROM organization", Integer.class);

            RosterImportRun run = importFile(roster.bytes());

            assertThat(run.status()).isEqualTo(RosterImportStatus.FAILED);
            assertThat(run.message()).isEqualTo("Nothing was imported: simulated disk fault");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization", Integer.class))
                    .isEqualTo(organizations);
            assertThat(agencyCount("MT%")).isZero();
        } finally {
            jdbc.execute("DROP TRIGGER roster_fault");
        }
    }

    @Test
    void errorReportIsCsvWithFormulasDefused() throws InterruptedException {
        RosterImportRun run = importFile(aRoster().line("MD0000001,=HYPERLINK(\"x\"),MD,Annapolis,MUNICIPAL,,,,,,")
                .bytes());
        StringBuilder report = new StringBuilder();

        service.writeErrorReport(admin(), run.id(), report);

        assertThat(report.toString()).isEqualTo("line,column,problem\r\n"
                + "2,,This row has 11 values but the header names 10 columns.\r\n");
        RosterImportRun header = importFile("ori,agency_name,state,city,agency_type,=cmd\r\n"
                .getBytes(StandardCharsets.UTF_8));
        StringBuilder headerReport = new StringBuilder();
        service.writeErrorReport(admin(), header.id(), headerReport);
        assertThat(headerReport.toString()).startsWith("line,column,problem\r\n1,'=cmd,\"Unknown column \"\"=cmd\"\"");
    }

    @Test
    void onlyAdminsImport() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);

        assertThatThrownBy(() -> service.start(overseer, "roster.csv", new ByteArrayInputStream(aRoster().bytes())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.start(admin(), "empty.csv", InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"empty.csv\" is empty.");
    }

    @Test
    void rosterOverTheLimitIsRefusedWhileItStreamsLeavingNoFileAndNoRow() throws IOException {
        Path uploads = fileProperties.dir().resolve("roster-imports");
        Integer importsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM roster_import", Integer.class);
        // 300 MB of a header line and then spaces, made as they are read: the limit is 20 MB
        AtomicLong spacesRead = new AtomicLong();
        InputStream threeHundredMegabytes = new SequenceInputStream(new ByteArrayInputStream(
                "ori,agency_name,state,city,agency_type\r\n".getBytes(StandardCharsets.UTF_8)), new InputStream() {
                    @Override
                    public int read() {
                        return spacesRead.incrementAndGet() <= 300L * 1024 * 1024 ? ' ' : -1;
                    }
                });

        assertThatThrownBy(() -> service.start(admin(), "big.csv", threeHundredMegabytes))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("\"big.csv\" is larger than the maximum of 20 MB.");
        assertThat(spacesRead.get()).isLessThan(21L * 1024 * 1024);
        // Counting every file would race with the previous tests' jobs deleting their rosters when they end.
        assertThat(partialUploadsIn(uploads)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_import", Integer.class)).isEqualTo(importsBefore);
        assertThatThrownBy(() -> service.start(admin(), "roster.txt", new ByteArrayInputStream(aRoster().bytes())))
                .hasMessage("\"roster.txt\" cannot be uploaded: only CSV files are accepted, with names ending in .csv.");
    }

    private static long partialUploadsIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(file -> file.getFileName().toString().endsWith(".part")).count();
        }
    }

    @Test
    void fileWithAHostileNameIsRefusedBeforeAnythingIsKept() {
        byte[] roster = aRoster().bytes();
        String longName = "r".repeat(296) + ".csv";

        assertThatThrownBy(() -> service.start(admin(), "../../roster.csv", new ByteArrayInputStream(roster)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A file name cannot contain \"/\", \"\\\" or \":\". Rename the file and upload it again.");
        assertThatThrownBy(() -> service.start(admin(), longName, new ByteArrayInputStream(roster)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The file name is too long (at most 255 characters). Rename the file and upload it again.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM roster_import WHERE original_name IN (?, ?)", Integer.class,
                "../../roster.csv", longName.substring(0, 255))).isZero();
    }

    @Test
    void hundredThousandRowsImportInOneGo() throws InterruptedException {
        RosterFiles roster = aRoster();
        for (int i = 0; i < 100_000; i++) {
            roster.agency("MS1%06d".formatted(i), "MS");
        }
        byte[] file = roster.bytes();

        long started = System.nanoTime();
        RosterImportRun run = importFile(file);
        long millis = (System.nanoTime() - started) / 1_000_000;

        System.out.printf("Roster import of 100,000 rows (%,d bytes): %,d ms%n", file.length, millis);
        assertThat(run.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(List.of(run.rowsRead(), run.agenciesCreated(), run.usersCreated()))
                .containsExactly(100_000, 100_000, 100_000);
        assertThat(agencyCount("MS1%")).isEqualTo(100_000);
    }

    /**
     * Checks the file: the rows come back refused with exactly these errors; when other rows are valid
     * the import waits for the admin, who imports nothing. Either way nothing is imported.
     */
    private RosterImportRun assertRefused(RosterFiles roster, RowError... expected) throws InterruptedException {
        int organizations = jdbc.queryForObject("SELECT COUNT(*) FROM organization", Integer.class);
        int accounts = jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
        RosterImportRun run = checkFile(roster.bytes());
        assertThat(run.status()).isIn(RosterImportStatus.INVALID, RosterImportStatus.CHECKED);
        if (run.status() == RosterImportStatus.CHECKED) {
            service.importNothing(admin(), run.id());
        }
        assertThat(errorsOf(run)).containsExactly(expected);
        assertThat(run.errorCount()).isEqualTo(expected.length);
        assertThat(run.agenciesCreated()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization", Integer.class)).isEqualTo(organizations);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isEqualTo(accounts);
        return run;
    }

    private RosterImportRun importFile(byte[] content) throws InterruptedException {
        return RosterImports.importAndWait(service, admin(), "roster.csv", content);
    }

    private RosterImportRun checkFile(byte[] content) throws InterruptedException {
        return RosterImports.checkAndWait(service, admin(), "roster.csv", content);
    }

    private List<RowError> errorsOf(RosterImportRun run) {
        List<RowError> errors = new ArrayList<>();
        imports.forEachError(run.id(), errors::add);
        return errors;
    }

    private int agencyCount(String oriPattern) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE ori LIKE ?", Integer.class, oriPattern);
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }
}
