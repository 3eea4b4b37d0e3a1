package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
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

/**
 * The whole review loop in a real headless Chromium against the running application: the
 * Wichita agency user uploads a PDF and submits an item, TA staff verify it from the review
 * queue, and the agency sees the outcome. Screenshots go to target/screenshots. Needs Debian's
 * chromium and chromedriver (.ci/run installs them); without them the test fails.
 */
// same configuration as HealthEndpointTests, so both share one application context and database start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PledgeWorkflowBrowserTests {

    @LocalServerPort int port;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;

    Chromium browser;

    @BeforeEach
    void startBrowser() throws IOException {
        browser = new Chromium(port, 1280, 1000);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void agencySubmitsWithAnUploadedPdfAndTaStaffVerifiesIt() throws IOException {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem item = Items.item(pledges, wichita, wichita.organizationId(), 22);
        assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
        Path pdf = Files.createTempFile("advisory-board-charter", ".pdf");
        Files.write(pdf, Items.PDF);

        browser.signIn(DemoAccounts.WICHITA_AGENCY);
        browser.open("pledge/item/" + item.id());
        browser.click(browser.button("Start work"));
        browser.waitForBadge("In progress");
        fileInput().sendKeys(pdf.toAbsolutePath().toString());
        browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-row a.evidence-link")));
        browser.click(browser.button("Submit for review"));
        browser.waitForBadge("Submitted");
        browser.screenshot("1-agency-submitted");

        browser.signIn(DemoAccounts.TA_STAFF);
        browser.open("review");
        String label = "Verify item 22 of Wichita Police Department";
        WebElement verify = browser.wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='" + label + "']")));
        assertThat(browser.driver.findElement(By.cssSelector(".review-grid")).getText()).contains(pdf.getFileName().toString());
        browser.screenshot("2-review-queue");
        browser.click(verify);
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-button[aria-label='" + label + "']")));
        browser.screenshot("3-verified");

        browser.signIn(DemoAccounts.WICHITA_AGENCY);
        browser.open("pledge/item/" + item.id());
        browser.waitForBadge("Verified");
        assertThat(browser.driver.findElement(By.cssSelector(".history-list")).getText()).contains("Status: Submitted → Verified");
        browser.screenshot("4-agency-sees-verified");
        assertThat(Items.item(pledges, wichita, wichita.organizationId(), 22).status()).isEqualTo(ItemStatus.VERIFIED);
    }

    /** Vaadin Upload's file input lives in its light or shadow DOM depending on the version. */
    private WebElement fileInput() {
        return browser.wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "const u = document.querySelector('vaadin-upload');"
                        + "if (!u) return null;"
                        + "return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"));
    }
}
