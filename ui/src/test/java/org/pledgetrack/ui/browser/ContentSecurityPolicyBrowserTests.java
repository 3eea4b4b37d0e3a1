package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pledgetrack.core.demo.DemoAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Content-Security-Policy of {@code SecurityHeadersFilter} in a real headless Chromium: the sign-in page
 * and signed-in views render and answer clicks (server round trips, a new grid row) with no CSP violation in the
 * browser's console. Needs Debian's chromium and chromedriver, like {@link PledgeWorkflowBrowserTests}.
 */
// same configuration as HealthEndpointTests, so they share one application context and database start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContentSecurityPolicyBrowserTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort int port;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        assertThat(CHROMIUM).as("Debian chromium (apt-get install chromium)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian chromedriver (apt-get install chromium-driver)").isExecutable();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theSignInPageAndSignedInViewsWorkWithoutAViolation() {
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        List<String> violations = new ArrayList<>(cspMessages());

        user.sendKeys(DemoAccounts.OVERSEER);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(DemoAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        open("agencies");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
        open("api-tokens");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("vaadin-text-field input")));
        name.sendKeys("csp check");
        // Tab: a field sends its value to the server when it loses focus
        driver.findElement(By.cssSelector("vaadin-password-field input")).sendKeys(DemoAccounts.PASSWORD, Keys.TAB);
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='Create token']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='csp check']")));
        violations.addAll(cspMessages());

        assertThat(violations).as("CSP violations in the console").isEmpty();
    }

    /** Console messages about the Content Security Policy since the last call (the log is drained). */
    private List<String> cspMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }
}
