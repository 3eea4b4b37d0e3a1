package org.pledgetrack.batch.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pledgetrack.batch.drill.KillDrill;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * kill -9 drill of the roster import: a file of 8,000 agencies with a user each, killed while the
 * insert transaction holds thousands of uncommitted rows. After the recovery the import must say
 * FAILED (not "Importing" forever), its upload must be gone and the database must hold none of its
 * rows; uploading the same file again must import it, so that the database holds exactly the file's
 * agencies and users, once.
 */
public class RosterImportKillDrill implements KillDrill {

    private static final String ORI_PREFIX = "WY2";
    private static final int AGENCIES = 8_000;
    private static final int ONE_CHUNK_OF_AGENCIES = 1_000;

    private final RosterImportService service;
    private final RosterImportRepository imports;
    private final KeptRosters rosters;
    private final FileProperties fileProperties;
    private final JdbcTemplate jdbc;
    private final UserRepository users;
    private Path roster;
    private Long killedImportId;

    RosterImportKillDrill(RosterImportService service, RosterImportRepository imports, KeptRosters rosters,
                          FileProperties fileProperties, JdbcTemplate jdbc, UserRepository users) {
        this.service = service;
        this.imports = imports;
        this.rosters = rosters;
        this.fileProperties = fileProperties;
        this.jdbc = jdbc;
        this.users = users;
    }

    @Override
    public String prepare() throws IOException {
        RosterFiles file = RosterFiles.aRoster();
        for (int n = 1; n <= AGENCIES; n++) {
            file.agency(ORI_PREFIX + "%06d".formatted(n), "WY");
        }
        roster = Files.createTempFile("kill-drill-roster-", ".csv");
        Files.write(roster, file.bytes());
        return roster.toString();
    }

    /** The files directory as the bean has it: the setting holds ${random.uuid}, which differs on every read. */
    @Override
    public List<String> secondJvmSettings() {
        return List.of("pledgetrack.files.dir=" + fileProperties.dir());
    }

    @Override
    public void runInSecondJvm(String path) throws Exception {
        Path file = Path.of(path);
        RosterImports.importAndWait(service, admin(), file.getFileName().toString(), Files.readAllBytes(file));
    }

    /**
     * Checked, so the insert has started, and its transaction holds at least one chunk of agencies
     * (1,000, one multi-row statement), seen by a dirty read: uncommitted rows are what the kill must
     * leave behind. (information_schema.INNODB_TRX does not show another account's transaction.)
     */
    @Override
    public boolean halfWay() {
        if (killedImportId == null) {
            killedImportId = jdbc.queryForObject("SELECT MIN(id) FROM roster_import WHERE original_name = ?",
                    Long.class, roster.getFileName().toString());
        }
        return killedImportId != null && status() == RosterImportStatus.IMPORTING
                && uncommittedAgencies() >= ONE_CHUNK_OF_AGENCIES;
    }

    private long uncommittedAgencies() {
        return jdbc.execute((Connection connection) -> {
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
            try (PreparedStatement count = connection.prepareStatement(
                    "SELECT COUNT(*) FROM organization WHERE ori LIKE ?")) {
                count.setString(1, ORI_PREFIX + "%");
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            } finally {
                connection.setTransactionIsolation(isolation);
            }
        });
    }

    @Override
    public void assertLeftUnfinished() {
        assertThat(status()).isEqualTo(RosterImportStatus.IMPORTING);
        assertThat(rosters.keeps(killedImportId)).as("the upload").isTrue();
    }

    @Override
    public Object finishAfterRecovery() throws Exception {
        RosterImportRun killed = imports.find(killedImportId).orElseThrow();
        assertThat(killed.status()).isEqualTo(RosterImportStatus.FAILED);
        assertThat(killed.message()).isEqualTo(InterruptedImportRecovery.MESSAGE);
        assertThat(rosters.keeps(killedImportId)).as("the upload").isFalse();
        assertThat(imported()).isEqualTo(new Roster(List.of(), List.of()));

        RosterImportRun again = RosterImports.importAndWait(service, admin(), roster.getFileName().toString(),
                Files.readAllBytes(roster));

        assertThat(again.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(List.of(again.rowsRead(), again.agenciesCreated(), again.usersCreated(), again.errorCount()))
                .containsExactly(AGENCIES, AGENCIES, AGENCIES, 0);
        return imported();
    }

    /** What a run nobody interrupted leaves: the file's agencies and users, read from the file itself. */
    @Override
    public Object uninterruptedResult() throws IOException {
        List<String> agencies = new ArrayList<>();
        List<String> accounts = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(roster, StandardCharsets.UTF_8);
             CSVParser rows = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
            for (CSVRecord row : rows) {
                agencies.add(String.join("|", row.get("ori"), row.get("agency_name"), row.get("state"), row.get("city"),
                        row.get("agency_type"), row.get("sworn_officers"), row.get("population_served")));
                accounts.add(String.join("|", row.get("ori"), row.get("user_username"), row.get("user_display_name"),
                        row.get("user_email"), "AGENCY", "0"));
            }
        }
        return new Roster(agencies.stream().sorted().toList(), accounts.stream().sorted().toList());
    }

    @Override
    public void cleanUp() {
        jdbc.update("DELETE FROM app_user WHERE organization_id IN (SELECT id FROM organization WHERE ori LIKE ?)",
                ORI_PREFIX + "%");
        jdbc.update("DELETE FROM organization WHERE ori LIKE ?", ORI_PREFIX + "%");
        try {
            if (roster != null) {
                Files.deleteIfExists(roster);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not delete " + roster, e);
        }
    }

    /** The drill's agencies and users in the database, in the same form as {@link #uninterruptedResult}. */
    private Roster imported() {
        return new Roster(jdbc.queryForList("""
                SELECT CONCAT_WS('|', ori, name, state, city, agency_type, sworn_officers, population_served)
                FROM organization WHERE ori LIKE ? ORDER BY 1""", String.class, ORI_PREFIX + "%"),
                jdbc.queryForList("""
                SELECT CONCAT_WS('|', o.ori, u.username, u.display_name, u.email, u.role, u.enabled)
                FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE o.ori LIKE ? ORDER BY 1""",
                        String.class, ORI_PREFIX + "%"));
    }

    private RosterImportStatus status() {
        return imports.find(killedImportId).orElseThrow().status();
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }

    /** Agencies and users as lines of their columns joined with |, sorted. */
    private record Roster(List<String> agencies, List<String> users) {
    }
}
