package org.pledgetrack.core.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The agency's "Needs you" list on the demo data. */
@SpringBootTest
class NeedsYouIntegrationTests {

    @Autowired NeedsYouService needsYou;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired UserRepository users;
    @Autowired Clock clock;

    @Test
    void listsReturnedItemsFirstThenTargetDatesWithinThirtyDays() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        List<PledgeItem> open = pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream())
                .filter(item -> item.status() == ItemStatus.NOT_STARTED || item.status() == ItemStatus.IN_PROGRESS)
                .toList();
        PledgeItem soon = open.get(open.size() - 1);
        PledgeItem later = open.get(open.size() - 2);
        LocalDate today = LocalDate.now(clock);
        items.updateDetails(wichita, soon.id(), soon.version(), new ItemDetailsChange(null, today.plusDays(30), null));
        items.updateDetails(wichita, later.id(), later.version(), new ItemDetailsChange(null, today.plusDays(31), null));

        List<NeedsYouEntry> entries = needsYou.needsYou(wichita);

        assertThat(entries).extracting(NeedsYouEntry::route).contains("pledge/item/" + soon.id())
                .doesNotContain("pledge/item/" + later.id());
        assertThat(entries).extracting(NeedsYouEntry::kind).isSorted().contains(NeedsYouEntry.Kind.RETURNED);
        long returnedItems = pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).filter(item -> item.status() == ItemStatus.RETURNED).count();
        assertThat(entries.stream().filter(e -> e.kind() == NeedsYouEntry.Kind.RETURNED)).hasSize((int) returnedItems);
    }

    @Test
    void onlyAgencyUsersHaveTheList() {
        assertThatThrownBy(() -> needsYou.needsYou(Users.signedIn(users, DemoAccounts.TA_STAFF)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(needsYou.needsYou(Users.signedIn(users, DemoAccounts.DAYTON_AGENCY)))
                .allSatisfy(entry -> assertThat(entry.route()).isNotBlank());
    }
}
