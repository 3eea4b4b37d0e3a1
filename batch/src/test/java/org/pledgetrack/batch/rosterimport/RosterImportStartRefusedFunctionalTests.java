package org.pledgetrack.batch.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.batch.rosterimport.RosterFiles.aRoster;

import java.io.ByteArrayInputStream;

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
 * An import the job pool has no room for (one running, none waiting here) ends FAILED with its reason
 * at once, instead of saying "Checking rows" forever.
 */
@SpringBootTest(classes = BatchTestApplication.class, properties = {
        "pledgetrack.jobs.threads.running=1", "pledgetrack.jobs.threads.queue-capacity=0"})
class RosterImportStartRefusedFunctionalTests {

    @Autowired
    private RosterImportService service;
    @Autowired
    private KeptRosters rosters;
    @Autowired
    private UserRepository users;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void removeImportedAgencies() {
        jdbc.execute("DROP TRIGGER IF EXISTS roster_slow_insert");
        String imported = "SELECT id FROM organization WHERE ori LIKE 'VT000%'";
        jdbc.update("DELETE FROM app_user WHERE organization_id IN (" + imported + ")");
        jdbc.update("DELETE FROM organization WHERE id IN (SELECT id FROM (" + imported + ") o)");
    }

    @Test
    void importThePoolHasNoRoomForFailsAtOnceWithItsReason() throws InterruptedException {
        // Holds the first import in its insert step, so that the only job thread is busy.
        jdbc.execute("CREATE TRIGGER roster_slow_insert BEFORE INSERT ON organization FOR EACH ROW "
                + "IF NEW.ori = 'VT0000001' THEN SET @slept = SLEEP(3); END IF");
        long first = RosterImports.checkAndWait(service, admin(), "first.csv",
                aRoster().agency("VT0000001", "VT").bytes()).id();
        service.importValidRows(admin(), first);

        long second = service.start(admin(), "second.csv",
                new ByteArrayInputStream(aRoster().agency("VT0000002", "VT").bytes()));

        RosterImportRun refused = service.find(admin(), second);
        assertThat(refused.status()).isEqualTo(RosterImportStatus.FAILED);
        assertThat(refused.message()).isEqualTo("Nothing was imported: too many background jobs are waiting, so the "
                + "import could not start. Upload the file again in a few minutes.");
        assertThat(refused.progress()).isEqualTo(1.0);
        assertThat(rosters.keeps(second)).isFalse();
        assertThat(service.find(admin(), first).status().finished()).isFalse();
        for (int i = 0; i < 300 && !service.find(admin(), first).status().finished(); i++) {
            Thread.sleep(100);
        }
        assertThat(service.find(admin(), first).status()).isEqualTo(RosterImportStatus.IMPORTED);
    }

    private CurrentUser admin() {
        return Users.signedIn(users, DemoAccounts.ADMIN);
    }
}
