package org.pledgetrack.batch.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
 * Times a 20,000-row roster in the FBI's format (NB and GM codes, no city for county, state and
 * tribal agencies, the FBI's type names, one row in a hundred spoiled): check, import of the valid
 * rows, and a second import of the same file with 67 city agencies renamed. Not part of the build (a bench,
 * not a test): {@code bench/roster-20k.sh}. Its agencies have the marker B after the state code and
 * are removed at the end.
 */
@SpringBootTest(classes = BatchTestApplication.class)
class RosterImportBench {

    private static final int ROWS = 20_000;
    private static final FbiRosters FBI = new FbiRosters('B');

    @Autowired
    private RosterImportService service;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeTheBenchAgencies() {
        jdbc.update("DELETE FROM organization WHERE ori LIKE '__B%'");
    }

    @Test
    void twentyThousandFbiRows() throws Exception {
        byte[] roster = FBI.roster(0, ROWS, n -> n % 100 == 7);
        Files.write(Path.of("target", "fbi-roster-20k.csv"), roster);

        long started = System.nanoTime();
        RosterImportRun checked = RosterImports.checkAndWait(service, admin(), "fbi-roster-20k.csv", roster);
        long checkMillis = millisSince(started);
        started = System.nanoTime();
        RosterImportRun imported = RosterImports.importValidRowsAndWait(service, admin(), checked.id());
        long importMillis = millisSince(started);
        assertThat(checked.found()).isEqualTo(new CheckCounts(ROWS - ROWS / 100, 0, 0, ROWS / 100));
        assertThat(imported.status()).isEqualTo(RosterImportStatus.IMPORTED);
        System.out.printf("Roster bench, %,d FBI-format rows (%,d bytes, %,d rejected): check %,d ms, import %,d ms, "
                + "total %,d ms%n", ROWS, roster.length, checked.found().rejected(), checkMillis, importMillis,
                checkMillis + importMillis);

        byte[] renamed = new String(roster, StandardCharsets.UTF_8)
                .replaceAll("Place (\\d*00) Police Department", "Place $1 Police Dept.")
                .getBytes(StandardCharsets.UTF_8);
        started = System.nanoTime();
        RosterImportRun rechecked = RosterImports.checkAndWait(service, admin(), "fbi-roster-20k-renamed.csv", renamed);
        RosterImportRun updated = RosterImports.importValidRowsAndWait(service, admin(), rechecked.id());
        long againMillis = millisSince(started);
        assertThat(updated.status()).isEqualTo(RosterImportStatus.IMPORTED);
        System.out.printf("Roster bench, same %,d rows again with %,d renamed agencies: check and import %,d ms%n",
                ROWS, updated.agenciesUpdated(), againMillis);
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }
}
