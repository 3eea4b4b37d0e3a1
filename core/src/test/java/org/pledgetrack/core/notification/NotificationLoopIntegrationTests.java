package org.pledgetrack.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each side of a TA request hears of the other's move, in the app and by e-mail as each user chose
 * (GreenMail stands in for the SMTP server), and never of another agency's requests.
 */
@GrantsIntegrationTest
class NotificationLoopIntegrationTests {

    private static final long MAIL_WAIT_MILLIS = 10_000;

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(GrantsIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    @Autowired TaRequestService requests;
    @Autowired NotificationService notifications;
    @Autowired NotificationRepository notificationRows;
    @Autowired ReminderJob job;
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

    @AfterEach
    void backToImmediateEmail() {
        notifications.changeEmailChoices(wichita, EmailChoices.all(EmailDelivery.IMMEDIATELY));
        notifications.changeEmailChoices(dayton, EmailChoices.all(EmailDelivery.IMMEDIATELY));
    }

    @Test
    void taQuestionReachesTheAgencysBellAndInboxAndTheAnswerReachesTaStaff() throws Exception {
        long id = submit(wichita, "Body-worn camera retention schedule");
        assertThat(notificationRows.findLatest(ta.id(), 1000)).filteredOn(n -> link(id).equals(n.link())).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.TA_REQUEST_SUBMITTED);
                    assertThat(n.title()).isEqualTo("New TA request from Wichita Police Department: "
                            + "Body-worn camera retention schedule");
                });

        requests.askForInformation(ta, id, 0, "Which state records law applies to you?");

        assertThat(notifications.latest(wichita)).filteredOn(n -> link(id).equals(n.link())).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.TA_REQUEST_QUESTION);
                    assertThat(n.title()).isEqualTo("TA staff ask about your request: Body-worn camera retention schedule");
                    assertThat(n.body()).contains("Which state records law applies to you?");
                    assertThat(n.unread()).isTrue();
                });
        MimeMessage mail = awaitMail(DemoAccounts.WICHITA_AGENCY,
                "[pledgetrack] TA staff ask about your request: Body-worn camera retention schedule");
        assertThat(text(mail)).contains("Which state records law applies to you?")
                .contains("ta-requests?request=" + id);

        requests.addInformation(wichita, id, 1, "Kansas Open Records Act.");
        assertThat(titlesAbout(ta, id)).containsExactlyInAnyOrder(
                "New TA request from Wichita Police Department: Body-worn camera retention schedule",
                "Wichita Police Department added information: Body-worn camera retention schedule");
        awaitMail(DemoAccounts.TA_STAFF,
                "[pledgetrack] Wichita Police Department added information: Body-worn camera retention schedule");

        requests.decline(ta, id, 2, "Covered by the records webinar on December 3.");
        assertThat(titlesAbout(wichita, id)).containsExactlyInAnyOrder(
                "TA staff ask about your request: Body-worn camera retention schedule",
                "TA request declined: Body-worn camera retention schedule");
    }

    @Test
    void anAgencyNeverHearsOfAnotherAgencysRequest() {
        long id = submit(dayton, "Youth diversion partnerships");
        requests.askForInformation(ta, id, 0, "Which schools take part?");
        requests.addInformation(dayton, id, 1, "Three middle schools.");
        requests.decline(ta, id, 2, "Handled by the state program.");

        assertThat(titlesAbout(dayton, id)).hasSize(2);
        assertThat(titlesAbout(ta, id)).hasSize(2);
        assertThat(notificationRows.findLatest(wichita.id(), 1000))
                .noneMatch(n -> link(id).equals(n.link()) || n.title().contains("Youth diversion partnerships"));
    }

    @Test
    void dailyDigestSendsNothingAtOnceAndOneEmailWithEverythingAtDigestTime() throws Exception {
        notifications.changeEmailChoices(wichita, EmailChoices.all(EmailDelivery.DAILY_DIGEST));
        assertThat(notifications.emailChoices(wichita).of(NotificationTopic.TA_REQUESTS))
                .isEqualTo(EmailDelivery.DAILY_DIGEST);
        clock.set(Instant.parse("2026-12-02T05:00:00Z"));
        long first = submit(wichita, "Digest topic one");
        long second = submit(wichita, "Digest topic two");
        requests.askForInformation(ta, first, 0, "First question?");
        requests.askForInformation(ta, second, 0, "Second question?");
        // TA staff get e-mails at once on the same mail thread: once this one is in, the agency's would be too
        requests.addInformation(wichita, second, 1, "Second answer.");
        awaitMail(DemoAccounts.TA_STAFF, "[pledgetrack] Wichita Police Department added information: Digest topic two");
        job.run();
        assertThat(mailsTo(DemoAccounts.WICHITA_AGENCY)).isEmpty();

        clock.set(Instant.parse("2026-12-02T07:15:00Z"));
        job.run();
        job.run();

        List<MimeMessage> digests = mailsTo(DemoAccounts.WICHITA_AGENCY);
        assertThat(digests).singleElement().satisfies(digest -> {
            assertThat(digest.getSubject()).startsWith("[pledgetrack] Your daily digest: ");
            assertThat(text(digest)).contains("TA staff ask about your request: Digest topic one",
                    "TA staff ask about your request: Digest topic two", "First question?", "Second question?");
        });
        assertThat(titlesAbout(wichita, first)).hasSize(1);

        clock.set(Instant.parse("2026-12-02T18:00:00Z"));
        requests.askForInformation(ta, first, 1, "A question after today's digest?");
        job.run();
        assertThat(mailsTo(DemoAccounts.WICHITA_AGENCY)).hasSize(1);
        clock.set(Instant.parse("2026-12-03T07:00:00Z"));
        job.run();
        List<MimeMessage> next = mailsTo(DemoAccounts.WICHITA_AGENCY);
        assertThat(next).hasSize(2);
        assertThat(text(next.get(1))).contains("A question after today's digest?")
                .doesNotContain("Second question?");
    }

    @Test
    void offSendsNoEmailButTheBellStillShowsIt() throws Exception {
        notifications.changeEmailChoices(wichita, EmailChoices.all(EmailDelivery.OFF));
        long id = submit(wichita, "Crisis intervention refresher");
        requests.askForInformation(ta, id, 0, "How many officers?");
        requests.addInformation(wichita, id, 1, "About forty.");
        awaitMail(DemoAccounts.TA_STAFF, "[pledgetrack] Wichita Police Department added information: "
                + "Crisis intervention refresher");
        requests.decline(ta, id, 2, "Try the state academy.");
        job.run();
        clock.set(Instant.parse("2026-11-21T08:00:00Z"));
        job.run();

        assertThat(mailsTo(DemoAccounts.WICHITA_AGENCY)).isEmpty();
        assertThat(titlesAbout(wichita, id)).containsExactlyInAnyOrder(
                "TA staff ask about your request: Crisis intervention refresher",
                "TA request declined: Crisis intervention refresher");
    }

    @Test
    void eachTopicIsEmailedAsTheUserChoseForIt() throws Exception {
        notifications.changeEmailChoices(dayton, EmailChoices.all(EmailDelivery.IMMEDIATELY)
                .with(NotificationTopic.REVIEWS, EmailDelivery.OFF)
                .with(NotificationTopic.COMMENTS, EmailDelivery.DAILY_DIGEST));
        assertThat(notifications.emailChoices(dayton).byTopic()).containsEntry(NotificationTopic.TA_REQUESTS,
                EmailDelivery.IMMEDIATELY).containsEntry(NotificationTopic.REVIEWS, EmailDelivery.OFF)
                .containsEntry(NotificationTopic.COMMENTS, EmailDelivery.DAILY_DIGEST);
        clock.set(Instant.parse("2026-12-10T05:00:00Z"));
        notifications.notify(dayton.id(), NotificationKind.ITEM_VERIFIED, "Verified: Topic test item", null,
                "my-pledge", "topic-test-verified");
        notifications.notify(dayton.id(), NotificationKind.ITEM_COMMENTED, "New comment on Topic test item",
                "A comment for the digest.", "my-pledge", "topic-test-commented");
        long id = submit(dayton, "Topic test request");
        requests.askForInformation(ta, id, 0, "A question that goes out at once?");

        awaitMail(DemoAccounts.DAYTON_AGENCY, "[pledgetrack] TA staff ask about your request: Topic test request");
        clock.set(Instant.parse("2026-12-10T07:15:00Z"));
        job.run();

        List<MimeMessage> mails = mailsTo(DemoAccounts.DAYTON_AGENCY);
        assertThat(mails).extracting(NotificationLoopIntegrationTests::subject).containsExactlyInAnyOrder(
                "[pledgetrack] TA staff ask about your request: Topic test request",
                "[pledgetrack] Your daily digest: 1 notification");
        assertThat(mails).filteredOn(m -> subject(m).contains("digest")).singleElement()
                .satisfies(digest -> assertThat(text(digest)).contains("New comment on Topic test item")
                        .doesNotContain("Verified: Topic test item"));
        assertThat(notifications.latest(dayton)).extracting(Notification::title)
                .contains("Verified: Topic test item", "New comment on Topic test item");
    }

    private long submit(CurrentUser agency, String topic) {
        return requests.submit(agency, new NewTaRequest(null, topic, null, null, "Please help with " + topic + ".",
                Urgency.NORMAL));
    }

    private List<String> titlesAbout(CurrentUser user, long requestId) {
        return notificationRows.findLatest(user.id(), 1000).stream().filter(n -> link(requestId).equals(n.link()))
                .map(Notification::title).toList();
    }

    private static String link(long requestId) {
        return "ta-requests?request=" + requestId;
    }

    private static MimeMessage awaitMail(String username, String subject) throws InterruptedException {
        long until = System.currentTimeMillis() + MAIL_WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            var found = mailsTo(username).stream().filter(m -> subject(m).equals(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail to " + username + " with subject " + subject + "; received: "
                + Arrays.stream(SMTP.getReceivedMessages()).map(NotificationLoopIntegrationTests::subject).toList());
    }

    private static List<MimeMessage> mailsTo(String username) {
        return Arrays.stream(SMTP.getReceivedMessagesForDomain(username + "@example.org")).toList();
    }

    /** The decoded text, as a mail client shows it (the raw body is quoted-printable). */
    private static String text(MimeMessage message) {
        try {
            return (String) message.getContent();
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
