package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.NewGrant;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.ReportReview;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A progress report's round trip in a real headless Chromium against the running application:
 * the Wichita agency user answers the four questions, enters the counts and submits; the overseer
 * returns it with a comment; the agency user sees the comment, changes an answer and submits again;
 * the overseer accepts it. Works on a grant made for the test whose first report period has ended.
 * Screenshots go to target/screenshots. Needs Debian's chromium and chromedriver.
 */
// same configuration as HealthEndpointTests, so both share one application context and database start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgressReportBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String COMMENT = "Say how many people the outreach shifts served.";

    @LocalServerPort int port;
    @Autowired GrantRepository grantRepository;
    @Autowired GrantService grants;
    @Autowired ProgressReportService progressReports;
    @Autowired UserRepository users;
    @Autowired Clock clock;

    @Autowired JdbcTemplate jdbc;

    ChromeDriver driver;
    WebDriverWait wait;
    Long grantId;

    @BeforeEach
    void startBrowser() throws IOException {
        driver = Chromium.launch(1280, 1000, null);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowserAndDeleteTheGrant() {
        if (driver != null) {
            driver.quit();
        }
        if (grantId != null) {
            jdbc.update("DELETE FROM bcji_grant WHERE id = ?", grantId);
        }
    }

    @Test
    void granteeSubmitsAProgressReportTheOverseerReturnsItAndAcceptsTheResubmission() throws IOException {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        GranteeReport report = firstReportOfANewGrant(wichita);

        signIn(DemoAccounts.WICHITA_AGENCY);
        open("progress-reports/" + report.id());
        List<WebElement> answers = wait.until(d -> {
            List<WebElement> areas = d.findElements(By.cssSelector(".report-narrative vaadin-text-area textarea"));
            return areas.size() == 4 ? areas : null;
        });
        type(answers.get(0), "Two listening sessions; joint outreach shifts started.");
        type(answers.get(1), "Community engagement goal met.");
        type(answers.get(2), "Turnover of the site coordinator.");
        type(answers.get(3), "None this period.");
        List<WebElement> counts = driver.findElements(By.cssSelector(".report-counts vaadin-integer-field input"));
        assertThat(counts).hasSize(4);
        for (int i = 0; i < counts.size(); i++) {
            type(counts.get(i), String.valueOf(3 * (i + 1)));
        }
        click(button("Submit report"));
        waitForReview("Submitted");
        screenshot("report-1-grantee-submitted");

        signIn(DemoAccounts.OVERSEER);
        open("progress-reports/" + report.id());
        waitForReview("Submitted");
        click(button("Return to grantee"));
        WebElement comment = wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('vaadin-dialog-overlay textarea, vaadin-dialog textarea');"));
        type(comment, COMMENT);
        screenshot("report-2-overseer-returns");
        click(button("Return report"));
        waitForReview("Returned");

        signIn(DemoAccounts.WICHITA_AGENCY);
        open("progress-reports/" + report.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'review-comment')]//p[normalize-space(.)='" + COMMENT + "']")));
        screenshot("report-3-grantee-sees-comment");
        WebElement firstAnswer = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".report-narrative vaadin-text-area textarea")));
        type(firstAnswer, " The shifts served 41 people.");
        click(button("Submit report"));
        waitForReview("Submitted");

        signIn(DemoAccounts.OVERSEER);
        open("progress-reports/" + report.id());
        click(button("Accept"));
        waitForReview("Accepted");
        screenshot("report-4-overseer-accepted");

        var stored = progressReports.report(wichita, report.id());
        assertThat(stored.report().review()).isEqualTo(ReportReview.ACCEPTED);
        assertThat(stored.narrative().accomplishments()).endsWith("The shifts served 41 people.");
        assertThat(stored.counts()).extracting(c -> c.count()).containsExactly(3, 6, 9, 12);
        assertThat(stored.reviewComment()).as("an acceptance carries no comment").isNull();
    }

    /** A grant of Wichita's that started a year ago, so its first report's period is over. */
    private GranteeReport firstReportOfANewGrant(CurrentUser wichita) {
        LocalDate start = LocalDate.now(clock).minusYears(1).withDayOfMonth(1);
        grantId = grantRepository.insertGrant(new NewGrant("BROWSER-" + System.nanoTime(),
                "Browser test grant", wichita.organizationId(), wichita.organizationId(), "Browser test site",
                new BigDecimal("100000.00"), null, start, start.plusYears(3)), clock.instant());
        GranteeReport report = grants.reportSchedule(wichita, grantId).getFirst();
        assertThat(report.periodEnd()).isBefore(LocalDate.now(clock));
        assertThat(report.review()).isEqualTo(ReportReview.NOT_STARTED);
        return report;
    }

    /** Types and leaves the field, so that Vaadin sends the value to the server. */
    private void type(WebElement field, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].focus();",
                field);
        field.sendKeys(text, Keys.TAB);
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("input[name=password]"));
        password.sendKeys("Demo-Pledge-2026", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }

    private WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    private void click(WebElement element) {
        // a script click is not intercepted by notifications or dev-mode overlays that may cover the button
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
                element);
    }

    private void waitForReview(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'report-header')]//span[normalize-space(.)='" + text + "']")));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
