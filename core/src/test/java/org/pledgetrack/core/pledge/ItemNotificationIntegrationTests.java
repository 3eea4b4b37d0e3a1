package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.notification.Notification;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The workflow tells the right people: a submission reaches the agency's TA staff, a return or a
 * verification reaches the agency, and a comment reaches the other side, never another agency.
 */
@SpringBootTest
class ItemNotificationIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired NotificationService notifications;
    @Autowired UserRepository users;

    @Test
    void submissionNotifiesTaStaffAndReturnNotifiesTheAgency() {
        CurrentUser agency = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        CurrentUser otherAgency = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem item = Items.item(pledges, agency, agency.organizationId(), 24);
        String link = "pledge/item/" + item.id();

        PledgeItem started = items.changeStatus(agency, item.id(), item.version(), ItemStatus.IN_PROGRESS, null);
        evidence.addLink(agency, item.id(), "https://www.example.org/problem-solving-partnership", "MOU");
        PledgeItem submitted = items.changeStatus(agency, item.id(), started.version(), ItemStatus.SUBMITTED, null);

        assertThat(notifications.latest(ta)).filteredOn(n -> link.equals(n.link())).singleElement()
                .satisfies(n -> assertThat(n.title()).contains("Problem solving with residents"));
        assertThat(notifications.latest(agency)).noneMatch(n -> link.equals(n.link()));

        items.changeStatus(ta, item.id(), submitted.version(), ItemStatus.RETURNED, "Attach the signed MOU, please.");

        assertThat(notifications.latest(agency)).filteredOn(n -> link.equals(n.link())).singleElement()
                .extracting(Notification::body).asString().contains("Attach the signed MOU");
        assertThat(notifications.latest(otherAgency)).noneMatch(n -> link.equals(n.link()));
    }

    @Test
    void verificationAndCommentsReachTheOtherSideOnly() {
        CurrentUser agency = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        CurrentUser otherAgency = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem item = Items.item(pledges, agency, agency.organizationId(), 22);
        String link = "pledge/item/" + item.id();

        items.addComment(agency, item.id(), "Our draft goes to the council next week.");
        items.addComment(ta, item.id(), "Send the draft along when it is ready.");
        PledgeItem started = items.changeStatus(agency, item.id(), item.version(), ItemStatus.IN_PROGRESS, null);
        evidence.addLink(agency, item.id(), "https://www.example.org/dayton-community-survey", "Survey");
        PledgeItem submitted = items.changeStatus(agency, item.id(), started.version(), ItemStatus.SUBMITTED, null);
        items.changeStatus(ta, item.id(), submitted.version(), ItemStatus.VERIFIED, null);

        String title = item.number() + ". " + item.title();
        assertThat(notifications.latest(agency)).filteredOn(n -> link.equals(n.link())).extracting(Notification::title)
                .containsExactlyInAnyOrder("Verified: " + title, ta.displayName() + " commented on " + title);
        assertThat(notifications.latest(ta)).filteredOn(n -> link.equals(n.link())).extracting(Notification::title)
                .containsExactlyInAnyOrder(agency.displayName() + " commented on " + title,
                        "Dayton Police Department submitted " + title);
        assertThat(notifications.latest(agency)).filteredOn(n -> link.equals(n.link()))
                .filteredOn(n -> n.title().contains("commented")).extracting(Notification::body)
                .containsExactly("Send the draft along when it is ready.");
        assertThat(notifications.latest(otherAgency)).noneMatch(n -> link.equals(n.link()));
    }
}
