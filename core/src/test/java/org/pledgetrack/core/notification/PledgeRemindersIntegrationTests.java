package org.pledgetrack.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Agencies are reminded of an item's target date and of the pledge's deadline 30 and 7 days ahead,
 * each once however often the job runs; TA staff of a submission waiting longer than the
 * configured days (7 by default), once per submission.
 */
@GrantsIntegrationTest
class PledgeRemindersIntegrationTests {

    @Autowired ReminderJob job;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired NotificationRepository notificationRows;
    @Autowired NotificationSettings settings;
    @Autowired UserRepository users;
    @Autowired MutableClock clock;

    CurrentUser ta;
    CurrentUser wichita;
    CurrentUser dayton;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 20));
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
    }

    @Test
    void itemTargetDateIsRemindedThirtyAndSevenDaysAheadOnceEach() {
        PledgeItem item = notStartedItems().getFirst();
        LocalDate target = LocalDate.of(2027, 3, 1);
        items.updateDetails(wichita, item.id(), item.version(), new ItemDetailsChange(null, target, null));
        String link = "pledge/item/" + item.id();

        runOn(target.minusDays(31));
        assertThat(titles(wichita, NotificationKind.ITEM_TARGET_DATE, link)).isEmpty();
        runOn(target.minusDays(30));
        runOn(target.minusDays(30));
        runOn(target.minusDays(20));
        assertThat(titles(wichita, NotificationKind.ITEM_TARGET_DATE, link)).containsExactly(
                "Target date 2027-03-01 (in 30 days): " + item.number() + ". " + item.title());
        runOn(target.minusDays(7));
        runOn(target.minusDays(7));
        runOn(target);
        assertThat(titles(wichita, NotificationKind.ITEM_TARGET_DATE, link)).containsExactlyInAnyOrder(
                "Target date 2027-03-01 (in 30 days): " + item.number() + ". " + item.title(),
                "Target date 2027-03-01 (in 7 days): " + item.number() + ". " + item.title());
        assertThat(titles(dayton, NotificationKind.ITEM_TARGET_DATE, link)).isEmpty();
        assertThat(titles(ta, NotificationKind.ITEM_TARGET_DATE, link)).isEmpty();
    }

    @Test
    void pledgeDeadlineIsRemindedThirtyAndSevenDaysAheadOnceEach() {
        LocalDate deadline = items.detail(wichita, notStartedItems().getFirst().id()).pledgeDeadline();
        String wichitaDeadline = "Pledge deadline " + deadline;

        runOn(deadline.minusDays(30));
        runOn(deadline.minusDays(29));
        assertThat(titles(wichita, NotificationKind.PLEDGE_DEADLINE, "my-pledge"))
                .filteredOn(t -> t.startsWith(wichitaDeadline)).containsExactly(wichitaDeadline + " (in 30 days)");
        runOn(deadline.minusDays(6));
        runOn(deadline.minusDays(5));
        assertThat(titles(wichita, NotificationKind.PLEDGE_DEADLINE, "my-pledge"))
                .filteredOn(t -> t.startsWith(wichitaDeadline))
                .containsExactlyInAnyOrder(wichitaDeadline + " (in 30 days)", wichitaDeadline + " (in 6 days)");
    }

    @Test
    void submissionWaitingLongerThanTheConfiguredDaysRemindsTaStaffOnce() {
        assertThat(settings.submissionWaitingDays()).isEqualTo(7);
        PledgeItem item = notStartedItems().getLast();
        PledgeItem started = items.changeStatus(wichita, item.id(), item.version(), ItemStatus.IN_PROGRESS, null);
        evidence.addLink(wichita, item.id(), "https://www.example.org/wichita-policy", "Adopted policy");
        items.changeStatus(wichita, item.id(), started.version(), ItemStatus.SUBMITTED, null);
        String link = "pledge/item/" + item.id();

        clock.advance(java.time.Duration.ofDays(7).minusMinutes(1));
        job.run();
        assertThat(titles(ta, NotificationKind.SUBMISSION_WAITING, link)).isEmpty();
        clock.advanceSeconds(60);
        job.run();
        clock.advance(java.time.Duration.ofDays(3));
        job.run();
        assertThat(titles(ta, NotificationKind.SUBMISSION_WAITING, link)).containsExactly(
                "Wichita Police Department has waited 7 days for review: " + item.number() + ". " + item.title());
        assertThat(titles(wichita, NotificationKind.SUBMISSION_WAITING, link)).isEmpty();
    }

    @Test
    void evidenceReviewDateIsRemindedOnceWhenItComesAlsoForADocumentOnTwoItems() {
        List<PledgeItem> open = notStartedItems();
        LocalDate reviewBy = LocalDate.of(2027, 2, 1);
        long policy = evidence.addFile(wichita, open.getFirst().id(), org.pledgetrack.core.testsupport.Items.pdf(),
                "use-of-force-policy.pdf", "Adopted policy",
                new org.pledgetrack.core.pledge.EvidenceDates(LocalDate.of(2026, 2, 1), reviewBy));
        long attached = evidence.attachExisting(wichita, open.get(1).id(), policy);
        String link = "pledge/item/" + Math.min(open.getFirst().id(), open.get(1).id());
        try {
            runOn(reviewBy.minusDays(1));
            assertThat(titles(wichita, NotificationKind.EVIDENCE_REVIEW_DUE, link)).isEmpty();
            runOn(reviewBy);
            runOn(reviewBy);
            runOn(reviewBy.plusDays(3));
            assertThat(titles(wichita, NotificationKind.EVIDENCE_REVIEW_DUE, link))
                    .containsExactly("Review by 2027-02-01 has come: use-of-force-policy.pdf");
            assertThat(titles(dayton, NotificationKind.EVIDENCE_REVIEW_DUE, link)).isEmpty();
            assertThat(titles(ta, NotificationKind.EVIDENCE_REVIEW_DUE, link)).isEmpty();
        } finally {
            // not-started items without evidence are what other tests on a shared database start from
            evidence.remove(wichita, attached, "test clean-up");
            evidence.remove(wichita, policy, "test clean-up");
        }
    }

    private List<PledgeItem> notStartedItems() {
        PledgeOverview overview = pledges.overview(wichita, wichita.organizationId()).orElseThrow();
        return overview.areas().stream().flatMap(area -> area.items().stream())
                .filter(i -> i.status() == ItemStatus.NOT_STARTED && i.targetOn() == null)
                .toList();
    }

    private void runOn(LocalDate day) {
        clock.setDate(day);
        job.run();
    }

    private List<String> titles(CurrentUser user, NotificationKind kind, String link) {
        return notificationRows.findLatest(user.id(), 10_000).stream()
                .filter(n -> n.kind() == kind && link.equals(n.link())).map(Notification::title).toList();
    }
}
