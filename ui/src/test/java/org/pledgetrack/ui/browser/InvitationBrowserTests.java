package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
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
import org.pledgetrack.core.demo.DemoAccounts;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new person joins in a real headless Chromium against the running application, with the invitation going
 * through a real SMTP server (GreenMail): the admin creates an agency user on the Accounts page, the person opens
 * the mailed link, sets a password, signs in with it and lands on My pledge. Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.mail.host=localhost", "spring.mail.port=" + InvitationBrowserTests.SMTP_PORT})
class InvitationBrowserTests {

    static final int SMTP_PORT = 37125;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, null,
            ServerSetup.PROTOCOL_SMTP));

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Pattern LINK = Pattern.compile("/set-password\\?token=(\\S+)");
    private static final String EMAIL = "nina.newcomer@wichita.example";
    private static final String PASSWORD = "tallgrass-prairie-beacon-4";

    @LocalServerPort int port;

    ChromeDriver driver;
    WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws IOException {
        driver = Chromium.launch(1280, 1000, null);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void adminInvitesAnAgencyUserWhoSetsAPasswordFromTheMailAndLandsOnMyPledge() throws Exception {
        signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        open("admin/accounts");
        click(button("New account"));
        field("vaadin-text-field", "Username").sendKeys("nina.newcomer");
        field("vaadin-text-field", "Name").sendKeys("Nina Newcomer");
        field("vaadin-email-field", "E-mail address").sendKeys(EMAIL, Keys.TAB);
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select[label[normalize-space(.)='Role']]"))));
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Agency user']"))));
        field("vaadin-combo-box", "Organization").sendKeys("Wichita Police");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-combo-box-item[starts-with(normalize-space(.), 'Wichita Police Department')]"))));
        screenshot("invite-1-new-account");
        click(button("Create account"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//p[normalize-space(.)='E-mailed to " + EMAIL + ".']")));
        screenshot("invite-2-mailed");
        click(button("Close"));

        String secret = secretMailedTo(EMAIL);
        driver.manage().deleteAllCookies();
        open("set-password?token=" + secret);
        field("vaadin-password-field", "New password").sendKeys(PASSWORD);
        // Tab leaves the field, which sends its value to the server as a person's click elsewhere would
        field("vaadin-password-field", "The same password again").sendKeys(PASSWORD, Keys.TAB);
        screenshot("invite-3-set-password");
        click(button("Set password"));
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h2[normalize-space(.)='Your password is set']")));

        signIn("nina.newcomer", PASSWORD);
        wait.until(ExpectedConditions.urlContains("/my-pledge"));
        assertThat(driver.getTitle()).startsWith("My pledge");
        screenshot("invite-4-my-pledge");

        driver.manage().deleteAllCookies();
        open("set-password?token=" + secret);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//h2[normalize-space(.)='This link has already been used']")));
    }

    private void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }

    /** The input of the Vaadin field of this kind with this label. */
    private WebElement field(String tag, String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]/input")));
    }

    private WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", element);
    }

    private String secretMailedTo(String address) {
        MimeMessage mail = wait.until(driver -> Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> address.equals(recipient(message))).findFirst().orElse(null));
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
        assertThat(link.find()).as("a set-password link in the mail").isTrue();
        return link.group(1);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
