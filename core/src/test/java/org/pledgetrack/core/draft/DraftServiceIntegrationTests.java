package org.pledgetrack.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/** Drafts on the real database: kept per user and place, read only by their owner. Every test is rolled back. */
@SpringBootTest
@Transactional
class DraftServiceIntegrationTests {

    @Autowired DraftService drafts;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;

    @Test
    void aDraftIsKeptReplacedAndDiscardedPerPlace() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        long itemId = Items.item(pledges, wichita, wichita.organizationId(), 3).id();

        drafts.save(wichita, DraftPlace.itemNotes(itemId), "Chief signs the policy on");
        drafts.save(wichita, DraftPlace.itemNotes(itemId), "Chief signs the policy on the 12th");
        drafts.save(wichita, DraftPlace.itemComment(itemId), "Question for TA staff");

        assertThat(drafts.find(wichita, DraftPlace.itemNotes(itemId)).orElseThrow().text())
                .isEqualTo("Chief signs the policy on the 12th");
        assertThat(drafts.find(wichita, DraftPlace.itemComment(itemId)).orElseThrow().text())
                .isEqualTo("Question for TA staff");

        drafts.discard(wichita, DraftPlace.itemNotes(itemId));
        assertThat(drafts.find(wichita, DraftPlace.itemNotes(itemId))).isEmpty();
        drafts.save(wichita, DraftPlace.itemComment(itemId), "  ");
        assertThat(drafts.find(wichita, DraftPlace.itemComment(itemId))).isEmpty();
    }

    @Test
    void aDraftIsVisibleOnlyToTheUserWhoTypedIt() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        PledgeItem item = Items.item(pledges, wichita, wichita.organizationId(), 4);

        drafts.save(wichita, DraftPlace.itemComment(item.id()), "Agency's own words");
        assertThat(drafts.find(ta, DraftPlace.itemComment(item.id()))).as("TA staff may read the item, not the draft")
                .isEmpty();
        drafts.save(ta, DraftPlace.itemComment(item.id()), "TA staff's own words");
        drafts.discard(ta, DraftPlace.itemComment(item.id()));

        assertThat(drafts.find(wichita, DraftPlace.itemComment(item.id())).orElseThrow().text())
                .isEqualTo("Agency's own words");
    }

    @Test
    void noDraftWhereTheUserMayNotReadTheRecord() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long wichitaItem = Items.item(pledges, wichita, wichita.organizationId(), 5).id();

        assertThatThrownBy(() -> drafts.save(dayton, DraftPlace.itemNotes(wichitaItem), "Probe"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.find(dayton, DraftPlace.itemNotes(wichitaItem)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> drafts.save(dayton, DraftPlace.newTaRequest(wichita.organizationId()), "Probe"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aDraftLongerThanEveryFieldIsRefusedWithItsLimit() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        assertThatThrownBy(() -> drafts.save(wichita, DraftPlace.newTaRequest(wichita.organizationId()),
                "x".repeat(DraftService.MAX_TEXT + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A draft can have at most 10,000 characters.");
    }
}
