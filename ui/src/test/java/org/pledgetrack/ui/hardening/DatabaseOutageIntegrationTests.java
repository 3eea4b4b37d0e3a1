package org.pledgetrack.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.database.EmbeddedMariaDb;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.client.RestClient;

/**
 * The database goes away while the application runs, and comes back: a save made meanwhile fails
 * with a clear exception and writes nothing, and once the server is back the next call succeeds
 * and health reports the database UP, without restarting the application (the pool reconnects).
 * Uses Dayton's item 12. Runs in the same context as the other server tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIntegrationTests {

    @LocalServerPort int port;
    @Autowired EmbeddedMariaDb database;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;

    @Test
    void saveDuringOutageFailsAndWritesNothingThenTheAppRecoversWithoutRestart() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeItem before = Items.item(pledges, dayton, dayton.organizationId(), 12);
        ItemDetailsChange change = new ItemDetailsChange("Sgt. Outage", LocalDate.of(2027, 3, 1), "saved while down");
        // The pool's usual 30 s wait for a connection is kept: a shorter one set at run time only
        // reaches the pool at its next housekeeping run, which would make the test timing-dependent.
        database.suspend();
        long started = System.nanoTime();
        try {
            assertThatThrownBy(() -> items.updateDetails(dayton, before.id(), before.version(), change))
                    .isInstanceOf(CannotCreateTransactionException.class)
                    .hasMessageStartingWith("Could not open JDBC Connection for transaction")
                    // refused, or cut off while the server was going down: either way the network said no
                    .hasRootCauseInstanceOf(IOException.class);
        } finally {
            System.out.printf("Database outage: the save was refused after %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);
            database.resume();
        }

        PledgeItem untouched = items.detail(dayton, before.id()).item();
        assertThat(untouched.version()).isEqualTo(before.version());
        assertThat(untouched.notes()).isEqualTo(before.notes());
        PledgeItem saved = items.updateDetails(dayton, before.id(), before.version(), change);
        assertThat(saved.notes()).isEqualTo("saved while down");
        assertThat(saved.version()).isEqualTo(before.version() + 1);
        assertThat(RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().body(String.class)).as("the overall status, the database's part of it")
                .contains("\"status\":\"UP\"");
    }
}
