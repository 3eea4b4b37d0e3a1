package org.pledgetrack.batch.rosterimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pledgetrack.batch.rosterimport.RosterFiles.aRoster;

import org.junit.jupiter.api.Test;
import org.pledgetrack.batch.BatchTestApplication;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.files.FileProperties;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.HostileUploads;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With {@code pledgetrack.files.store=database}, a roster waiting for the admin's decision is in the database,
 * not on the disk of the node that received it, so the import the admin starts may run on any node.
 */
@SpringBootTest(classes = BatchTestApplication.class, properties = "pledgetrack.files.store=database")
class RosterImportOnDatabaseStoreFunctionalTests {

    @Autowired RosterImportService service;
    @Autowired KeptRosters rosters;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired FileProperties fileProperties;

    @Test
    void aCheckedRosterWaitsInTheDatabaseAndIsImportedFromThereThenDeleted() throws InterruptedException {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);

        RosterImportRun checked = RosterImports.checkAndWait(service, admin, "database-store.csv",
                aRoster().agency("ME0000001", "ME").agency("ME0000002", "ME").bytes());

        assertThat(checked.status()).isEqualTo(RosterImportStatus.CHECKED);
        assertThat(rosters.keeps(checked.id())).isTrue();
        assertThat(HostileUploads.filesIn(fileProperties.dir().resolve("roster-imports")))
                .as("nothing on this node's disk").isEmpty();

        RosterImportRun imported = RosterImports.importValidRowsAndWait(service, admin, checked.id());

        assertThat(imported.status()).isEqualTo(RosterImportStatus.IMPORTED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organization WHERE ori LIKE 'ME000000%'", Integer.class))
                .isEqualTo(2);
        // the upload is deleted when the job has ended, just after the import says IMPORTED
        for (int poll = 0; poll < 600 && rosters.keeps(checked.id()); poll++) {
            Thread.sleep(100);
        }
        assertThat(rosters.keeps(checked.id())).isFalse();
    }
}
