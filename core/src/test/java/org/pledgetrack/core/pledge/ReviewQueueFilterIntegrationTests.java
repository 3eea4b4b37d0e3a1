package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The review queue's filters on the real database with the demo data, and who sees what through
 * them: a TA staff member only assigned agencies' submissions, whatever agency the filter names;
 * agency users never the queue.
 */
@SpringBootTest
class ReviewQueueFilterIntegrationTests {

    @Autowired PledgeItemService items;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;

    private CurrentUser as(String username) {
        return Users.signedIn(users, username);
    }

    @Test
    void taStaffFiltersToOneAssignedAgency() {
        CurrentUser ta = as(DemoAccounts.TA_STAFF);
        List<ReviewEntry> all = items.reviewQueue(ta, ReviewQueueFilter.everything());
        long wichita = Items.agencyId(pledges, ta, "KS0870300");
        List<ReviewEntry> wichitaOnly = items.reviewQueue(ta, new ReviewQueueFilter(wichita, null, 0));

        assertThat(wichitaOnly).isNotEmpty().allSatisfy(entry -> assertThat(entry.item().agencyId()).isEqualTo(wichita));
        assertThat(wichitaOnly).hasSize((int) all.stream().filter(e -> e.item().agencyId() == wichita).count());
        assertThat(all).hasSizeGreaterThan(wichitaOnly.size());
    }

    @Test
    void taStaffNamingAnAgencyNotAssignedGetsNothingOfIt() {
        CurrentUser overseer = as(DemoAccounts.OVERSEER);
        long madison = Items.agencyId(pledges, overseer, "WI0130100");
        ReviewQueueFilter madisonOnly = new ReviewQueueFilter(madison, null, 0);
        assertThat(items.reviewQueue(overseer, madisonOnly)).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.agencyName()).isEqualTo("Madison Police Department"));

        assertThat(items.reviewQueue(as(DemoAccounts.TA_STAFF), madisonOnly)).isEmpty();
    }

    @Test
    void agencyUsersNeverSeeTheQueueWhateverTheFilter() {
        CurrentUser wichita = as(DemoAccounts.WICHITA_AGENCY);
        ReviewQueueFilter ownAgency = new ReviewQueueFilter(wichita.organizationId(), null, 0);
        assertThatThrownBy(() -> items.reviewQueue(wichita, ownAgency)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> items.reviewQueue(as(DemoAccounts.DAYTON_AGENCY), ReviewQueueFilter.everything()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void focusAreaFilterKeepsThatAreaOnly() {
        CurrentUser overseer = as(DemoAccounts.OVERSEER);
        List<ReviewEntry> all = items.reviewQueue(overseer, ReviewQueueFilter.everything());
        String area = all.getFirst().item().focusAreaName();
        int position = positionOf(overseer, all.getFirst());

        List<ReviewEntry> oneArea = items.reviewQueue(overseer, new ReviewQueueFilter(null, position, 0));

        assertThat(oneArea).isNotEmpty().allSatisfy(entry -> assertThat(entry.item().focusAreaName()).isEqualTo(area));
        assertThat(oneArea).hasSize((int) all.stream().filter(e -> e.item().focusAreaName().equals(area)).count());
    }

    @Test
    void daysWaitingFilterCountsDaysAsTheQueueShowsThem() {
        CurrentUser overseer = as(DemoAccounts.OVERSEER);
        List<ReviewEntry> all = items.reviewQueue(overseer, ReviewQueueFilter.everything());
        // the longest-waiting entry is first; its own day count is the boundary
        long longest = all.getFirst().daysWaiting();
        assertThat(longest).isPositive();

        List<ReviewEntry> atLeast = items.reviewQueue(overseer, new ReviewQueueFilter(null, null, (int) longest));
        assertThat(atLeast).isNotEmpty().allSatisfy(entry -> assertThat(entry.daysWaiting()).isGreaterThanOrEqualTo(longest))
                .hasSize((int) all.stream().filter(e -> e.daysWaiting() >= longest).count());
        assertThat(items.reviewQueue(overseer, new ReviewQueueFilter(null, null, (int) longest + 1))).isEmpty();
        assertThatThrownBy(() -> new ReviewQueueFilter(null, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void returnedItemCarriesItsReasonForTheAgency() {
        CurrentUser dayton = as(DemoAccounts.DAYTON_AGENCY);
        CurrentUser ta = as(DemoAccounts.TA_STAFF);
        PledgeItem submitted = items.reviewQueue(ta, new ReviewQueueFilter(dayton.organizationId(), null, 0))
                .getFirst().item();
        assertThat(items.detail(dayton, submitted.id()).returned()).isNull();

        items.changeStatus(ta, submitted.id(), submitted.version(), ItemStatus.RETURNED, "Attach the adopted policy.");

        ReturnNote note = items.detail(dayton, submitted.id()).returned();
        assertThat(note).isNotNull();
        assertThat(note.reason()).isEqualTo("Attach the adopted policy.");
        assertThat(note.byName()).isNotBlank();
    }

    @Test
    void demoItemReturnedBeforeTheLoadShowsItsReason() {
        CurrentUser wichita = as(DemoAccounts.WICHITA_AGENCY);
        PledgeItem returned = pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream()).filter(item -> item.status() == ItemStatus.RETURNED)
                .findFirst().orElseThrow();
        assertThat(items.detail(wichita, returned.id()).returned())
                .satisfies(note -> assertThat(note.reason()).isNotBlank());
    }

    private int positionOf(CurrentUser user, ReviewEntry entry) {
        return pledges.overview(user, entry.item().agencyId()).orElseThrow().areas().stream()
                .filter(area -> area.area().id() == entry.item().focusAreaId())
                .findFirst().orElseThrow().area().position();
    }
}
