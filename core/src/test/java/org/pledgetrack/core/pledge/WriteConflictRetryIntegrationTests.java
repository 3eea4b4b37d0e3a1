package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.database.RetriedOnWriteConflict;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * A save that the database picks as the loser of a write conflict (error 1213: a deadlock, or on Galera a lost
 * certification) is made again in a new transaction, up to {@link RetriedOnWriteConflict#MAX_RETRIES} times. The
 * server itself raises the error: a trigger on {@code pledge_item} fails the next N updates with 1213, counting down
 * in a MEMORY table, which a rollback does not undo. Not rolled back as a whole (each attempt needs a transaction of
 * its own), so every test puts the item back.
 */
@SpringBootTest
class WriteConflictRetryIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;
    @Autowired DSLContext dsl;

    CurrentUser wichita;
    PledgeItem item;

    @BeforeEach
    void conflictsOnDemand() {
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        item = pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).filter(i -> i.number() == 20).findFirst().orElseThrow();
        dsl.execute("CREATE TABLE conflict_countdown (id INT PRIMARY KEY, remaining INT NOT NULL) ENGINE = MEMORY");
        dsl.execute("INSERT INTO conflict_countdown VALUES (1, 0)");
        dsl.execute("""
                CREATE TRIGGER conflict_on_item_update BEFORE UPDATE ON pledge_item FOR EACH ROW
                BEGIN
                  IF (SELECT remaining FROM conflict_countdown WHERE id = 1) > 0 THEN
                    UPDATE conflict_countdown SET remaining = remaining - 1 WHERE id = 1;
                    SIGNAL SQLSTATE '40001' SET MYSQL_ERRNO = 1213,
                      MESSAGE_TEXT = 'Deadlock found when trying to get lock; try restarting transaction';
                  END IF;
                END""");
    }

    @AfterEach
    void noMoreConflicts() {
        dsl.execute("DROP TRIGGER IF EXISTS conflict_on_item_update");
        dsl.execute("DROP TABLE IF EXISTS conflict_countdown");
        PledgeItem now = current();
        if (now.version() != item.version()) {
            items.updateDetails(wichita, item.id(), now.version(),
                    new ItemDetailsChange(item.ownerName(), item.targetOn(), item.notes()));
        }
    }

    @Test
    void aSaveThatLosesOneConflictIsSavedByItsSecondAttempt() {
        conflicts(1);

        items.updateDetails(wichita, item.id(), item.version(),
                new ItemDetailsChange(item.ownerName(), item.targetOn(), "saved after a write conflict"));

        assertThat(remainingConflicts()).as("the first attempt met the conflict").isZero();
        assertThat(current().notes()).isEqualTo("saved after a write conflict");
        assertThat(current().version()).as("saved once").isEqualTo(item.version() + 1);
    }

    @Test
    void aSaveThatLosesEveryAttemptIsRefusedAndChangesNothing() {
        conflicts(RetriedOnWriteConflict.MAX_RETRIES + 2);

        assertThatThrownBy(() -> items.updateDetails(wichita, item.id(), item.version(),
                new ItemDetailsChange(item.ownerName(), item.targetOn(), "never saved")))
                .isInstanceOf(PessimisticLockingFailureException.class);

        assertThat(remainingConflicts()).as("one attempt and three retries").isEqualTo(1);
        assertThat(current().notes()).isEqualTo(item.notes());
        assertThat(current().version()).isEqualTo(item.version());
    }

    private void conflicts(int count) {
        dsl.execute("UPDATE conflict_countdown SET remaining = ? WHERE id = 1", count);
    }

    private int remainingConflicts() {
        return dsl.fetchSingle("SELECT remaining FROM conflict_countdown WHERE id = 1").get(0, Integer.class);
    }

    private PledgeItem current() {
        return items.detail(wichita, item.id()).item();
    }
}
