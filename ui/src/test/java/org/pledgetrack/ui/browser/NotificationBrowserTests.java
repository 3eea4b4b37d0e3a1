package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.TaRequestStatus;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The TA request loop in a real headless Chromium: TA staff ask a question on a Wichita request
 * in the browser; the Wichita agency user's bell shows it, its link opens the request, and the
 * question arrives by e-mail (GreenMail as the SMTP server). Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=" + NotificationBrowserTests.SMTP_PORT})
class NotificationBrowserTests {

    static final int SMTP_PORT = 37026;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String TOPIC = "Community advisory board bylaws";
    private static final String QUESTION = "Does the board include youth members?";

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort int port;
    @Autowired TaRequestService requests;
    @Autowired UserRepository users;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        driver = Chromium.launch(1366, 900, null);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void taQuestionShowsInTheAgencysBellAndArrivesByEmail() throws Exception {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        long id = requests.submit(wichita, new NewTaRequest(null, TOPIC, null, null,
                "Help us write bylaws for the new board.", Urgency.NORMAL));

        signIn(DemoAccounts.TA_STAFF);
        open("ta-requests?request=" + id);
        WebElement ask = enabledButton("Ask for information");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//p[normalize-space(.)='Help us write bylaws for the new board.']")));
        screenshot("notify-1-ta-request-selected");
        click(ask);
        WebElement question = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-text-area textarea")));
        // Tab leaves the field as a user's click on the button would, so the field sends its value first
        question.sendKeys(QUESTION, Keys.TAB);
        click(enabledButton("Send question"));
        wait.until(d -> requests.request(wichita, id).status() == TaRequestStatus.INFO_REQUESTED);

        signIn(DemoAccounts.WICHITA_AGENCY);
        open("my-pledge");
        WebElement count = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notification-count")));
        assertThat(Integer.parseInt(count.getText())).isPositive();
        screenshot("notify-2-agency-bell-count");
        click(driver.findElement(By.cssSelector(".notification-bell vaadin-button")));
        String title = "TA staff ask about your request: " + TOPIC;
        WebElement entry = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//div[contains(@class,'notification-entry')][span[normalize-space(.)='" + title + "']]")));
        assertThat(entry.getText()).contains(QUESTION);
        screenshot("notify-3-agency-bell-list");

        click(entry.findElement(By.xpath(".//vaadin-button[normalize-space(.)='Open']")));
        wait.until(ExpectedConditions.urlContains("ta-requests?request=" + id));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//p[normalize-space(.)='TA staff: " + QUESTION + "']")));
        screenshot("notify-4-agency-opens-request");

        MimeMessage mail = awaitMail("[pledgetrack] " + title);
        assertThat(text(mail)).contains(QUESTION).contains("ta-requests?request=" + id);
    }

    private MimeMessage awaitMail(String subject) throws InterruptedException {
        long until = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < until) {
            var found = Arrays.stream(SMTP.getReceivedMessagesForDomain(DemoAccounts.WICHITA_AGENCY + "@example.org"))
                    .filter(m -> subject(m).equals(subject)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No e-mail with subject " + subject);
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

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(DemoAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }

    private WebElement enabledButton(String text) {
        By button = By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
        return wait.until(d -> d.findElements(button).stream()
                .filter(b -> b.isDisplayed() && b.getAttribute("disabled") == null).findFirst().orElse(null));
    }

    private void click(WebElement element) {
        // a script click is not intercepted by notifications or dev-mode overlays that may cover the button
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
                element);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
