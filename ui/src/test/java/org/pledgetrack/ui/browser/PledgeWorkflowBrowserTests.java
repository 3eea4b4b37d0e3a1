package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

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
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.UserRepository;
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

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @LocalServerPort int port;
    @Autowired PledgeService pledges;
    @Autowired UserRepository users;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Debian chromium (apt-get install chromium)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian chromedriver (apt-get install chromium-driver)").isExecutable();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void agencySubmitsWithAnUploadedPdfAndTaStaffVerifiesIt() throws IOException {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem item = Items.item(pledges, wichita, wichita.organizationId(), 22);
        assertThat(item.status()).isEqualTo(ItemStatus.NOT_STARTED);
        Path pdf = Files.createTempFile("advisory-board-charter", ".pdf");
        Files.write(pdf, Items.PDF);

        signIn(DemoAccounts.WICHITA_AGENCY);
        open("pledge/item/" + item.id());
        click(button("Start work"));
        waitForBadge("In progress");
        fileInput().sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".evidence-row a.evidence-link")));
        click(button("Submit for review"));
        waitForBadge("Submitted");
        screenshot("1-agency-submitted");

        signIn(DemoAccounts.TA_STAFF);
        open("review");
        String label = "Verify item 22 of Wichita Police Department";
        WebElement verify = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-button[aria-label='" + label + "']")));
        assertThat(driver.findElement(By.cssSelector(".review-grid")).getText()).contains(pdf.getFileName().toString());
        screenshot("2-review-queue");
        click(verify);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("vaadin-button[aria-label='" + label + "']")));
        screenshot("3-verified");

        signIn(DemoAccounts.WICHITA_AGENCY);
        open("pledge/item/" + item.id());
        waitForBadge("Verified");
        assertThat(driver.findElement(By.cssSelector(".history-list")).getText()).contains("Status: Submitted → Verified");
        screenshot("4-agency-sees-verified");
        assertThat(Items.item(pledges, wichita, wichita.organizationId(), 22).status()).isEqualTo(ItemStatus.VERIFIED);
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

    private void waitForBadge(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'item-title')]/span[normalize-space(.)='" + text + "']")));
    }

    /** Vaadin Upload's file input lives in its light or shadow DOM depending on the version. */
    private WebElement fileInput() {
        return wait.until(d -> (WebElement) ((JavascriptExecutor) d).executeScript(
                "const u = document.querySelector('vaadin-upload');"
                        + "if (!u) return null;"
                        + "return u.querySelector('input[type=file]') || (u.shadowRoot && u.shadowRoot.querySelector('input[type=file]'));"));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
