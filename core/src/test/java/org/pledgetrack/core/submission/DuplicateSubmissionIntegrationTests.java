package org.pledgetrack.core.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A create sent twice within seconds by the same user makes one record; against the real database,
 * with commits, so that two sessions sending at the same moment are covered too.
 */
@GrantsIntegrationTest
class DuplicateSubmissionIntegrationTests {

    @Autowired TaRequestService requests;
    @Autowired PledgeItemService items;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    CurrentUser wichita;

    @BeforeEach
    void setUp() {
        clock.setDate(LocalDate.of(2026, 11, 3));
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
    }

    @Test
    void theSameTaRequestSentTwiceWithinSecondsIsFiledOnceAndAfterTheWindowAgain() {
        NewTaRequest request = new NewTaRequest(null, "Duplicate check " + System.nanoTime(), null, null,
                "Training for dispatchers.", Urgency.NORMAL);
        long first = requests.submit(wichita, request);
        clock.advanceSeconds(3);
        long second = requests.submit(wichita, request);

        assertThat(second).isEqualTo(first);
        assertThat(countRequests(request.topic())).isEqualTo(1);

        clock.advance(RecentSubmissions.WINDOW.plusSeconds(1));
        long later = requests.submit(wichita, request);
        assertThat(later).isNotEqualTo(first);
        assertThat(countRequests(request.topic())).isEqualTo(2);
    }

    @Test
    void anotherUserOrOtherContentIsNotADuplicate() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        String topic = "Not a duplicate " + System.nanoTime();
        long wichitas = requests.submit(wichita, new NewTaRequest(null, topic, null, null, "Body", Urgency.LOW));
        long daytons = requests.submit(dayton, new NewTaRequest(null, topic, null, null, "Body", Urgency.LOW));
        long otherUrgency = requests.submit(wichita, new NewTaRequest(null, topic, null, null, "Body", Urgency.HIGH));

        assertThat(List.of(wichitas, daytons, otherUrgency)).doesNotHaveDuplicates();
        assertThat(countRequests(topic)).isEqualTo(3);
    }

    @Test
    void twoSessionsSubmittingAtTheSameMomentFileOneRequest() throws Exception {
        NewTaRequest request = new NewTaRequest(null, "Concurrent " + System.nanoTime(), null, null,
                "Sent from two tabs at once.", Urgency.HIGH);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Long> submit = () -> {
            start.await();
            return requests.submit(wichita, request);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> one = threads.submit(submit);
            Future<Long> two = threads.submit(submit);
            start.countDown();
            assertThat(one.get()).isEqualTo(two.get());
        } finally {
            threads.shutdown();
        }
        assertThat(countRequests(request.topic())).isEqualTo(1);
    }

    @Test
    void aDoubleClickedCommentIsAddedOnce() {
        PledgeItem item = Items.item(pledges, wichita, wichita.organizationId(), 15);
        String text = "Our policy draft goes to the union on Friday " + System.nanoTime();
        items.addComment(wichita, item.id(), text);
        items.addComment(wichita, item.id(), text);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM item_comment WHERE pledge_item_id = ? AND body = ?",
                Integer.class, item.id(), text)).isEqualTo(1);
    }

    private int countRequests(String topic) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ta_request WHERE topic = ?", Integer.class, topic);
    }
}
