package org.pledgetrack.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.locking.TaskLease;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

@GrantsIntegrationTest
class ReminderJobIntegrationTests {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(GrantsIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    @Autowired ReminderJob job;
    @Autowired TaskLease lease;
    @Autowired NotificationService notifications;
    @Autowired NotificationRepository notificationRows;
    @Autowired DeliverableService deliverables;
    @Autowired TaRequestService requests;
    @Autowired GrantService grants;
    @Autowired UserRepository users;
    @Autowired MutableClock clock;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;

    CurrentUser ta;
    CurrentUser wichita;
    GrantDetail grant;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 20));
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        grant = grants.grant(ta, DemoGrants.wichitaCurrent(grants, ta).id());
    }

    @Test
    void overdueDeliverableRaisesOneNotificationEvenWhenTheJobRunsTwice() {
        plan("Overdue safety briefing", LocalDate.of(2026, 11, 18));
        job.run();
        assertThat(job.run()).isZero();
        assertThat(titles(ta)).containsOnlyOnce("Overdue since 2026-11-18: Overdue safety briefing");
        assertThat(titles(ta)).containsOnlyOnce("Overdue since 2026-11-15: Peer exchange with Dayton PD outreach unit");
    }

    @Test
    void deliverableDueWithinSevenDaysRemindsTheTaStaff() {
        plan("Due-soon listening session", LocalDate.of(2026, 11, 27));
        plan("Far-off listening session", LocalDate.of(2026, 11, 28));
        assertThat(job.run()).isPositive();
        assertThat(titles(ta)).contains("Deliverable due 2026-11-27: Due-soon listening session")
                .noneMatch(t -> t.contains("Far-off listening session"));
    }

    @Test
    void granteeReportDueInFourteenDaysRemindsTheAgency() {
        clock.setDate(LocalDate.of(2027, 1, 17));
        job.run();
        assertThat(titles(wichita)).contains("Semi-annual progress report due 2027-01-30")
                .noneMatch(t -> t.startsWith("Quarterly"));
    }

    @Test
    void answeredTaRequestNotifiesTheRequesterAndIsEmailed() throws Exception {
        long id = requests.submit(wichita, new NewTaRequest(null, "Mental-health co-responder model", null, null,
                "How do other sites staff it?", Urgency.NORMAL));
        requests.decline(ta, id, 0, "Covered by next month's webinar.");
        job.run();
        assertThat(titles(wichita)).contains("TA request declined: Mental-health co-responder model");

        // e-mailed at once on the mail thread; the server also holds the other tests' mail, so wait for this subject
        assertThat(subjectArrives("[pledgetrack] TA request declined: Mental-health co-responder model")).isTrue();
    }

    private static boolean subjectArrives(String subject) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            if (Arrays.stream(SMTP.getReceivedMessages()).map(ReminderJobIntegrationTests::subject).anyMatch(subject::equals)) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    @Test
    void anotherNodeHoldingTheLeaseKeepsThisNodeFromRunning() {
        plan("Lease-guarded deliverable", LocalDate.of(2026, 11, 10));
        assertThat(lease.tryAcquire(ReminderJob.LEASE, "other-node", Duration.ofMinutes(5))).isTrue();
        try {
            assertThat(job.run()).isZero();
            assertThat(titles(ta)).noneMatch(t -> t.contains("Lease-guarded deliverable"));
            clock.advanceSeconds(6 * 60);
            assertThat(job.run()).isPositive();
        } finally {
            lease.release(ReminderJob.LEASE, "other-node");
        }
        assertThat(titles(ta)).contains("Overdue since 2026-11-10: Lease-guarded deliverable");
    }

    @Test
    void itemSubmittedAndReturnedEventsBecomeNotificationsOnce() {
        ItemSubmittedEvent submitted = new ItemSubmittedEvent(wichita.organizationId(), "Wichita Police Department", 4242L,
                "Item 3. Use-of-force policy", 1, "my-pledge");
        transaction.executeWithoutResult(status -> {
            events.publishEvent(submitted);
            events.publishEvent(submitted);
            events.publishEvent(new ItemReturnedEvent(wichita.organizationId(), 4242L, "Item 3. Use-of-force policy",
                    "Attach the signed policy.", 1, "my-pledge"));
        });
        assertThat(titles(ta)).containsOnlyOnce("Wichita Police Department submitted Item 3. Use-of-force policy");
        assertThat(titles(wichita)).containsOnlyOnce("Returned: Item 3. Use-of-force policy");
        int unread = notifications.unreadCount(wichita);
        notifications.markAllRead(wichita);
        assertThat(unread).isPositive();
        assertThat(notifications.unreadCount(wichita)).isZero();
    }

    private void plan(String title, LocalDate due) {
        deliverables.plan(ta, grant.summary().id(), new DeliverablePlan(DeliverableType.WEBINAR, title, null,
                grant.providers().getFirst().id(), due, null, Set.of(), Set.of()));
    }

    private List<String> titles(CurrentUser user) {
        return notificationRows.findLatest(user.id(), 1000).stream().map(Notification::title).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
