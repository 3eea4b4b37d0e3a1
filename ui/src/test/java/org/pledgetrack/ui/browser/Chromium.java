package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium against the running application, with what the browser tests do
 * in it as a user would: sign in, open a route, type into a labelled field, press a button.
 * Each instance is a browser of its own (its own cookies, so its own session). Screenshots go
 * to target/screenshots. Without Debian's chromium and chromedriver the test fails.
 */
public final class Chromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final int port;

    Chromium(int port, int width, int height) throws IOException {
        this.port = port;
        driver = launch(width, height, null);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    /**
     * A headless Debian Chromium with this window size, for tests that drive the page themselves; with
     * {@code downloads}, what the page downloads is saved there without asking.
     */
    public static ChromeDriver launch(int width, int height, Path downloads) throws IOException {
        assertThat(CHROMIUM).as("Debian chromium (apt-get install chromium)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian chromedriver (apt-get install chromium-driver)").isExecutable();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height);
        if (downloads != null) {
            options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                    "download.prompt_for_download", false));
        }
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(service, options);
    }

    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("input[name=password]"));
        password.sendKeys("Demo-Pledge-2026", Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    }

    void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }

    WebElement button(String text) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    void click(WebElement element) {
        // a script click is not intercepted by notifications or dev-mode overlays that may cover the button
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
                element);
    }

    /** The native input or textarea of the Vaadin field with this label (slotted into the light DOM). */
    WebElement input(String label) {
        return wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[(self::vaadin-text-field or self::vaadin-text-area) and ./label[normalize-space(.)='" + label
                        + "']]//*[self::input or self::textarea]")));
    }

    void type(String label, String text) {
        WebElement input = input(label);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'});", input);
        input.sendKeys(text);
    }

    /** What the field shows now, read from the component, as the user sees it. */
    String value(String label) {
        return input(label).getDomProperty("value");
    }

    void waitForBadge(String text) {
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//div[contains(@class,'item-title')]/span[normalize-space(.)='" + text + "']")));
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    void screenshot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Ends the browser as closing its window would, without the page's leave question. */
    @Override
    public void close() {
        driver.quit();
    }
}
