package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Typed text survives what users do in a real Chromium at 1366 px: an action on the page, a closed
 * browser, a second session saving first; and a double-clicked submit files one TA request.
 * Wichita's items 20, 21 and 23 start out not started and are used only here among the browser tests.
 */
// same configuration as HealthEndpointTests, so all share one application context and database start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypedTextBrowserTests {

    private static final int WIDTH = 1366;
    private static final int HEIGHT = 900;

    @LocalServerPort int port;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;

    PledgeItem wichitaItem(int number) {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        return Items.item(pledges, wichita, wichita.organizationId(), number);
    }

    @Test
    void notesTypedBeforeStartWorkAreStillThereAfterIt() throws IOException {
        PledgeItem item = wichitaItem(20);
        assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
        try (Chromium browser = new Chromium(port, WIDTH, HEIGHT)) {
            browser.signIn(DemoAccounts.WICHITA_AGENCY);
            browser.open("pledge/item/" + item.id());
            browser.type("Owner", "Sgt. Okafor");
            browser.type("Notes", "Union review of the draft policy is booked for March.");
            browser.click(browser.button("Start work"));
            browser.waitForBadge("In progress");

            assertThat(browser.value("Owner")).isEqualTo("Sgt. Okafor");
            assertThat(browser.value("Notes")).isEqualTo("Union review of the draft policy is booked for March.");
            browser.screenshot("typed-1-kept-after-start-work");
            assertThat(wichitaItem(20).status()).isEqualTo(ItemStatus.IN_PROGRESS);
            assertThat(browser.script("return window.pledgetrackUnsaved")).as("closing the tab now asks first")
                    .isEqualTo(true);

            browser.click(browser.button("Save details"));
            browser.wait.until(driver -> "Sgt. Okafor".equals(wichitaItem(20).ownerName()));
            browser.wait.until(driver -> Boolean.FALSE.equals(browser.script("return window.pledgetrackUnsaved")));
        }
    }

    @Test
    void notesTypedInATabThatWasClosedAreOfferedOnReopening() throws IOException {
        PledgeItem item = wichitaItem(21);
        String typed = "The advisory board charter goes to council on the 14th.";
        try (Chromium browser = new Chromium(port, WIDTH, HEIGHT)) {
            browser.signIn(DemoAccounts.WICHITA_AGENCY);
            browser.open("pledge/item/" + item.id());
            browser.type("Notes", typed);
            // the draft reaches the server a moment after typing stops
            browser.wait.withTimeout(Duration.ofSeconds(20)).until(driver -> typed.equals(draftOf(item)));
        }
        try (Chromium reopened = new Chromium(port, WIDTH, HEIGHT)) {
            reopened.signIn(DemoAccounts.WICHITA_AGENCY);
            reopened.open("pledge/item/" + item.id());
            WebElement offer = reopened.visible(".draft-offer");
            assertThat(offer.getText()).contains("You have unsaved text here from").contains("Restore it?");
            assertThat(reopened.value("Notes")).isEmpty();
            reopened.screenshot("typed-2-draft-offered");
            reopened.click(reopened.button("Restore"));
            reopened.wait.until(driver -> typed.equals(reopened.value("Notes")));

            reopened.click(reopened.button("Save details"));
            reopened.wait.until(driver -> typed.equals(wichitaItem(21).notes()));
            reopened.wait.until(driver -> draftOf(item) == null);
        }
    }

    @Test
    void twoSessionsSavingTheSameNotesGetAConflictDialogThatKeepsBothTexts() throws IOException {
        PledgeItem item = wichitaItem(23);
        try (Chromium first = new Chromium(port, WIDTH, HEIGHT); Chromium second = new Chromium(port, WIDTH, HEIGHT)) {
            first.signIn(DemoAccounts.WICHITA_AGENCY);
            second.signIn(DemoAccounts.WICHITA_AGENCY);
            first.open("pledge/item/" + item.id());
            second.open("pledge/item/" + item.id());
            first.type("Notes", "First tab: training starts in April.");
            second.type("Notes", "Second tab: training starts in May.");

            first.click(first.button("Save details"));
            first.wait.until(driver -> "First tab: training starts in April.".equals(wichitaItem(23).notes()));
            second.click(second.button("Save details"));

            WebElement dialog = second.visible(".conflict-compare");
            assertThat(second.visible(".conflict-theirs").getText()).isEqualTo("First tab: training starts in April.");
            assertThat(second.visible(".conflict-yours").getText()).isEqualTo("Second tab: training starts in May.");
            assertThat(dialog.isDisplayed()).isTrue();
            second.screenshot("typed-3-conflict-theirs-beside-yours");

            second.click(second.button("Keep mine"));
            second.wait.until(driver -> "Second tab: training starts in May.".equals(wichitaItem(23).notes()));
            assertThat(second.value("Notes")).isEqualTo("Second tab: training starts in May.");
        }
    }

    @Test
    void aDoubleClickedSubmitFilesOneTaRequest() throws IOException {
        String topic = "Double-click check " + System.nanoTime();
        try (Chromium browser = new Chromium(port, WIDTH, HEIGHT)) {
            browser.signIn(DemoAccounts.WICHITA_AGENCY);
            browser.open("ta-requests");
            browser.click(browser.button("New TA request"));
            browser.click(browser.button("Submit request"));
            WebElement topicField = browser.visible("vaadin-text-field[invalid]");
            assertThat(topicField.getText()).as("the refusal shows beside the field").contains("Enter a topic.");
            browser.screenshot("typed-5-field-error-beside-the-field");
            browser.type("Topic", topic);
            browser.type("What do you need?", "A refresher on stop data reporting.");
            WebElement submit = browser.button("Submit request");
            new Actions(browser.driver).moveToElement(submit).doubleClick().perform();

            // the dialog closes once the request is filed; a second filing would come from the second click
            browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("vaadin-dialog"), 0));
            browser.wait.until(driver -> countRequests(topic) > 0);
            browser.screenshot("typed-4-one-request");
        }
        assertThat(countRequests(topic)).isEqualTo(1);
    }

    private String draftOf(PledgeItem item) {
        return jdbc.query("SELECT body FROM draft WHERE context_key = ?", rs -> rs.next() ? rs.getString(1) : null,
                "ITEM_NOTES:" + item.id());
    }

    private int countRequests(String topic) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ta_request WHERE topic = ?", Integer.class, topic);
    }
}
