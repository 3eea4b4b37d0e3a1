package org.pledgetrack.ui.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccountSessions;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.ui.browser.Chromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on through a real OpenID Connect provider (mock-oauth2-server, started here on a free
 * port) in a real headless Chromium: the whole authorization-code flow over HTTP, discovery, token
 * exchange and ID token validation included. A known e-mail address (in other letter case) signs in
 * and lands on the account's start page; an unknown, a disabled and an unverified one are refused on
 * the sign-in page with the reason and no account is created; the password sign-in still works.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SingleSignOnBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String ISSUER_ID = "agency-idp";
    private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("pledgetrack.sso.issuer-uri", () -> PROVIDER.issuerUrl(ISSUER_ID).toString());
        registry.add("pledgetrack.sso.client-id", () -> "pledgetrack");
        registry.add("pledgetrack.sso.client-secret", () -> "not-a-secret-in-tests");
        registry.add("pledgetrack.sso.button-label", () -> "Sign in with Agency ID");
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @LocalServerPort int port;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired AccountSessions sessions;

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
    void aKnownVerifiedEmailSignsInAndLandsOnTheAccountsStartPage() throws IOException {
        String email = users.findByUsername(DemoAccounts.WICHITA_AGENCY).orElseThrow().email();
        int auditedBefore = ssoSignInsOf(DemoAccounts.WICHITA_AGENCY);

        signInThroughProvider(email.toUpperCase(java.util.Locale.ROOT), true);

        wait.until(ExpectedConditions.urlContains("/my-pledge"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
        assertThat(driver.findElement(By.cssSelector(".user-footer")).getText()).contains("Wren Wichita (demo)");
        screenshot("sso-1-signed-in");
        assertThat(ssoSignInsOf(DemoAccounts.WICHITA_AGENCY)).isEqualTo(auditedBefore + 1);
        assertThat(jdbc.queryForObject("SELECT last_login_at IS NOT NULL FROM app_user WHERE username = ?",
                Boolean.class, DemoAccounts.WICHITA_AGENCY)).isTrue();
    }

    @Test
    void aSessionSignedInThroughTheProviderEndsWhenTheAccountsSessionsAreEnded() {
        var account = users.findByUsername(DemoAccounts.TA_STAFF).orElseThrow();
        signInThroughProvider(account.email(), true);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));

        sessions.endAll(account.id()); // what a password reset or an admin's change does, on any node

        open("");
        wait.until(ExpectedConditions.urlContains("/login?expired"));
    }

    @Test
    void anUnknownEmailIsRefusedWithTheReasonAndNoAccountIsCreated() throws IOException {
        long accounts = users.count();

        signInThroughProvider("nobody.here@elsewhere.example", true);

        assertRefused("no-account", "no pledgetrack account has your e-mail address");
        screenshot("sso-2-unknown-refused");
        assertThat(users.count()).isEqualTo(accounts);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE LOWER(email) = 'nobody.here@elsewhere.example'",
                Integer.class)).isZero();
    }

    @Test
    void aDisabledAccountIsRefused() {
        long providerId = users.findByUsername(DemoAccounts.TA_STAFF).orElseThrow().organizationId();
        users.insert(new NewUser("sso.disabled", null, "Dee Disabled", "dee.disabled@example.org", Role.TA_STAFF,
                providerId), "{noop}not-a-real-password", clock.instant());
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'sso.disabled'");

        signInThroughProvider("dee.disabled@example.org", true);

        assertRefused("disabled", "is disabled");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SIGN_IN_SSO_REFUSED' AND "
                + "entity_id = (SELECT id FROM app_user WHERE username = 'sso.disabled')", Integer.class)).isEqualTo(1);
    }

    @Test
    void anEmailTheProviderDidNotVerifyIsRefused() {
        String email = users.findByUsername(DemoAccounts.DAYTON_AGENCY).orElseThrow().email();

        signInThroughProvider(email, false);

        assertRefused("unverified", "did not confirm your e-mail address");
        assertThat(ssoSignInsOf(DemoAccounts.DAYTON_AGENCY)).isZero();
    }

    @Test
    void thePasswordSignInWorksBesideIt() {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        assertThat(driver.findElement(By.cssSelector("a.sso-button")).getText()).isEqualTo("Sign in with Agency ID");
        user.sendKeys(DemoAccounts.DAYTON_AGENCY);
        driver.findElement(By.cssSelector("input[name=password]")).sendKeys(DemoAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/my-pledge"));
    }

    /** Opens the sign-in page and follows its SSO button; the provider signs in whoever the callback names. */
    private void signInThroughProvider(String email, boolean verified) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "subject-" + email.hashCode(), "JWT", null,
                Map.of("email", email, "email_verified", verified), 3600));
        driver.manage().deleteAllCookies();
        open("login");
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.sso-button")));
        button.click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/oauth2/")));
    }

    private void assertRefused(String code, String reason) {
        wait.until(ExpectedConditions.urlContains("/login?sso=" + code));
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".sso-refusal")));
        assertThat(message.getText()).contains(reason);
    }

    private int ssoSignInsOf(String username) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'SIGN_IN_SSO' AND entity_id = "
                + "(SELECT id FROM app_user WHERE username = ?)", Integer.class, username);
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
