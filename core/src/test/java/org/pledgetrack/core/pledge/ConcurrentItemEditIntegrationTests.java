package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two sessions save the same item from the same version at the same instant, a thousand times:
 * optimistic locking must let exactly one through each time and refuse the other with the
 * winner's name and time, so that no save is ever silently overwritten. Uses Dayton's item 13.
 */
@SpringBootTest
class ConcurrentItemEditIntegrationTests {

    private static final int ROUNDS = 1000;

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;

    @Test
    void twoSessionsSavingTheSameVersionNeverOverwriteEachOther() throws Exception {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long itemId = Items.item(pledges, dayton, dayton.organizationId(), 13).id();
        int[] wins = new int[2];
        int conflicts = 0;
        CyclicBarrier bothReady = new CyclicBarrier(2);
        long started = System.nanoTime();
        try (ExecutorService sessions = Executors.newFixedThreadPool(2)) {
            for (int round = 1; round <= ROUNDS; round++) {
                PledgeItem read = items.detail(dayton, itemId).item();
                List<Future<Outcome>> outcomes = new ArrayList<>();
                for (int session = 0; session < 2; session++) {
                    String notes = "round " + round + " by session " + session;
                    outcomes.add(sessions.submit(() -> {
                        bothReady.await();
                        return save(dayton, itemId, read.version(), notes);
                    }));
                }
                Outcome first = outcomes.get(0).get();
                Outcome second = outcomes.get(1).get();

                assertThat(first.saved() ^ second.saved()).as("exactly one save in round %d", round).isTrue();
                Outcome winner = first.saved() ? first : second;
                Outcome loser = first.saved() ? second : first;
                PledgeItem now = items.detail(dayton, itemId).item();
                assertThat(now.notes()).as("round %d", round).isEqualTo(winner.notes());
                assertThat(now.version()).isEqualTo(read.version() + 1);
                assertThat(loser.conflict()).hasMessage(new EditConflictException("Item 13", now.updatedByName(),
                        now.updatedAt()).getMessage());
                wins[first.saved() ? 0 : 1]++;
                conflicts++;
            }
        }
        System.out.printf("Concurrent edits: %d rounds in %d ms, session 0 won %d, session 1 won %d, "
                        + "%d refused with a conflict, 0 silent overwrites%n", ROUNDS,
                (System.nanoTime() - started) / 1_000_000, wins[0], wins[1], conflicts);
        assertThat(wins[0] + wins[1]).isEqualTo(ROUNDS);
    }

    private Outcome save(CurrentUser user, long itemId, int version, String notes) {
        try {
            items.updateDetails(user, itemId, version, new ItemDetailsChange("Lt. Grant", LocalDate.of(2027, 6, 30),
                    notes));
            return new Outcome(notes, true, null);
        } catch (EditConflictException e) {
            return new Outcome(notes, false, e);
        }
    }

    private record Outcome(String notes, boolean saved, EditConflictException conflict) {
    }
}
