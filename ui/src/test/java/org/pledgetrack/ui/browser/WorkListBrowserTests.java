package org.pledgetrack.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding what needs one, in a real headless Chromium: TA staff filter the review queue to one
 * agency and look at a PDF of evidence in the page (served inert), an overseer exports the filtered
 * agency list as XLSX, the skip link is the first Tab stop, and My pledge keeps the status in view at
 * phone width. Screenshots go to target/screenshots.
 */
// same configuration as HealthEndpointTests, so all share one application context and database start
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WorkListBrowserTests {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final byte[] CURRICULUM_PDF = OnePagePdf.withHeading("Training curriculum 2027");

    @LocalServerPort int port;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired UserRepository users;

    ChromeDriver driver;
    WebDriverWait wait;
    Path downloads;

    @BeforeEach
    void startBrowser() throws IOException {
        downloads = Files.createTempDirectory(Path.of("target"), "downloads").toAbsolutePath();
        driver = Chromium.launch(1366, 900, downloads);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void taStaffFilterTheQueueToOneAgencyAndPreviewAPdfInThePage() throws Exception {
        PledgeItem item = submitWithPdf("training-curriculum.pdf");

        signIn(DemoAccounts.TA_STAFF);
        open("review");
        WebElement agency = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-combo-box.agency-filter input")));
        choose(agency, "Wichita Police Department");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".review-count"), "(filtered)"));
        String grid = driver.findElement(By.cssSelector(".review-grid")).getText();
        assertThat(grid).contains("Wichita Police Department").doesNotContain("Dayton Police Department");
        screenshot("review-queue-filtered-1366");

        click(wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-button[aria-label='Preview training-curriculum.pdf']"))));
        WebElement frame = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("iframe.evidence-preview-frame")));
        String src = frame.getDomAttribute("src");
        // the frame holds the PDF as a document of its own (shown by Chromium's viewer), not a download: Chromium's
        // frame tree says so, while the sandboxed document itself is closed to this page's scripts
        wait.until(d -> pdfFrameLoaded(src));
        // and the viewer shows its page: a white sheet on the viewer's dark background, which neither an empty
        // frame (all white) nor a PDF without pages (all background) has
        wait.until(d -> showsAPage(frame));
        screenshot("review-queue-pdf-preview-1366");

        HttpResponse<byte[]> preview = getWithSession(src);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).isEqualTo(CURRICULUM_PDF);
        assertThat(preview.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/pdf"));
        assertThat(preview.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("inline; filename=\"training-curriculum.pdf\""));
        assertThat(preview.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(preview.headers().allValues("Content-Security-Policy"))
                .containsExactly("sandbox; default-src 'none'; frame-ancestors 'self'");
        assertThat(preview.headers().allValues("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(items.detail(Users.signedIn(users, DemoAccounts.TA_STAFF), item.id()).item().status())
                .isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void overseerExportsTheFilteredAgencyListAsXlsx() throws Exception {
        signIn(DemoAccounts.OVERSEER);
        open("agencies");
        WebElement state = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("vaadin-combo-box.state-filter input")));
        choose(state, "OH");
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        List<String> ohio = pledges.agencyProgress(overseer, new PortfolioQuery(null, "OH", PortfolioQuery.Sort.AGENCY,
                true, 0, 100)).stream().map(AgencyProgress::agencyName).toList();
        assertThat(ohio).hasSizeGreaterThan(1);
        wait.until(d -> !d.findElement(By.cssSelector(".agency-progress-grid")).getText().contains("Wichita"));
        screenshot("agencies-filtered-1366");

        click(driver.findElement(By.cssSelector(".grid-export a.export-xlsx")));
        Path file = wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        List<String> names = new ArrayList<>();
        List<String> states = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheet("Report")) {
                if (row.getRowNum() > 0) {
                    names.add(row.getCell(0).getStringCellValue());
                    states.add(row.getCell(2).getStringCellValue());
                }
            }
            assertThat(workbook.getSheet("About").getRow(2).getCell(1).getStringCellValue()).startsWith("state OH");
        }
        assertThat(file.getFileName().toString()).startsWith("agencies-").endsWith(".xlsx");
        assertThat(names).containsExactlyElementsOf(ohio);
        assertThat(states).containsOnly("OH");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndMovesTheFocusToTheContent() throws IOException {
        signIn(DemoAccounts.OVERSEER);
        open("agencies");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".agency-progress-grid")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement first = driver.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Skip to content");
        assertThat(first.isDisplayed()).isTrue();
        screenshot("skip-link-focused-1366");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        wait.until(d -> "main-content".equals(d.switchTo().activeElement().getDomAttribute("id")));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertThat((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('main-content').contains(document.activeElement)")).isTrue();
    }

    @Test
    void myPledgeKeepsEveryItemsStatusInViewAtPhoneWidth() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        signIn(DemoAccounts.WICHITA_AGENCY);
        open("my-pledge");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".item-card")));
        screenshot("my-pledge-390");
        ((JavascriptExecutor) driver).executeScript("document.querySelector('.item-card').scrollIntoView({block:'start'})");
        screenshot("my-pledge-390-cards");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> badges = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('.item-card [theme~=badge]')].map(b => {"
                        + "const r = b.getBoundingClientRect(); return {text: b.textContent, left: r.left, right: r.right}; })");
        assertThat(badges).hasSize(25).allSatisfy(badge -> {
            assertThat(((Number) badge.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) badge.get("right")).doubleValue()).isLessThanOrEqualTo(390);
        });
        assertThat(driver.findElements(By.cssSelector(".item-grid"))).allSatisfy(
                grid -> assertThat(grid.isDisplayed()).isFalse());
    }

    /** Whether the element shows a white page (at least a tenth of it) on a darker background (at least a tenth). */
    private static boolean showsAPage(WebElement element) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
            long white = 0;
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color pixel = new Color(image.getRGB(x, y));
                    int brightness = (pixel.getRed() + pixel.getGreen() + pixel.getBlue()) / 3;
                    white += brightness >= 245 ? 1 : 0;
                    dark += brightness <= 120 ? 1 : 0;
                }
            }
            long all = (long) image.getWidth() * image.getHeight();
            return white * 10 >= all && dark * 10 >= all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a child frame of the page has loaded {@code src} as a PDF document. */
    @SuppressWarnings("unchecked")
    private boolean pdfFrameLoaded(String src) {
        Map<String, Object> tree = (Map<String, Object>) driver.executeCdpCommand("Page.getFrameTree", Map.of())
                .get("frameTree");
        List<Map<String, Object>> children = (List<Map<String, Object>>) tree.getOrDefault("childFrames", List.of());
        return children.stream().map(child -> (Map<String, Object>) child.get("frame"))
                .anyMatch(frame -> String.valueOf(frame.get("url")).endsWith(src.replaceFirst("^\\./", ""))
                        && "application/pdf".equals(frame.get("mimeType")));
    }

    /** An open Wichita item with a PDF, submitted: the queue then has a PDF to preview. */
    private PledgeItem submitWithPdf(String filename) {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem item = pledges.overview(wichita, wichita.organizationId()).orElseThrow().areas().stream()
                .flatMap(area -> area.items().stream())
                .filter(i -> i.status() == ItemStatus.NOT_STARTED || i.status() == ItemStatus.IN_PROGRESS)
                .findFirst().orElseThrow();
        if (item.status() == ItemStatus.NOT_STARTED) {
            item = items.changeStatus(wichita, item.id(), item.version(), ItemStatus.IN_PROGRESS, null);
        }
        evidence.addFile(wichita, item.id(), new ByteArrayInputStream(CURRICULUM_PDF), filename, null);
        return items.changeStatus(wichita, item.id(), item.version(), ItemStatus.SUBMITTED, null);
    }

    /** A GET of a path of this app with the browser's session cookie, to read the response's headers. */
    private HttpResponse<byte[]> getWithSession(String path) throws IOException, InterruptedException {
        String cookie = driver.manage().getCookieNamed("JSESSIONID").getValue();
        URI uri = URI.create("http://localhost:" + port + "/").resolve(path);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Cookie", "JSESSIONID=" + cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Types an item's whole label into a combo box and takes it once the suggestion shows. */
    private void choose(WebElement comboBoxInput, String text) {
        comboBoxInput.sendKeys(text);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        comboBoxInput.sendKeys(Keys.ENTER);
    }

    private void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("login");
        WebElement user = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
        user.sendKeys(username);
        WebElement password = driver.findElement(By.cssSelector("input[name=password]"));
        password.sendKeys(DemoAccounts.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    }

    private void open(String route) {
        driver.get("http://localhost:" + port + "/" + route);
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'}); arguments[0].click();",
                element);
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
