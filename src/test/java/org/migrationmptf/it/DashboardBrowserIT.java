package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The FMU's dashboard in a real headless Chromium: the charts are drawn (Chart.js ran under the
 * Content-Security-Policy, not just the markup is there), a figure on the page is the API's, and a number leads to
 * its list (overdue reports to the reporting calendar, filtered and highlighted). Skipped with a message where no
 * Chromium is installed, unless {@code -Dbrowser.required=true}.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBrowserIT {


    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start("dashboard", "1280,1400");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFundManagerReadsTheDashboardChartsAndFollowsTheOverdueReportsToTheirList() throws Exception {
        JsonPath api = ItSupport.as("fmu").get("/api/funds/MIG/dashboard").then().statusCode(200).extract().jsonPath();
        logIn("fmu");
        browser.findElement(By.id("nav-dashboard")).click();
        waitForText(By.tagName("h1"), "Fund dashboard");

        // Every chart is drawn: Chart.js sized each canvas and holds a chart for it.
        List<String> charts = List.of("targetChart", "areaChart", "regionChart", "organisationChart", "pipelineChart",
                "deliveryChart", "markerChart", "objectiveChart");
        for (String chart : charts) {
            WebElement canvas = waitFor(By.cssSelector("#" + chart + " canvas"));
            new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> drawn(canvas));
        }
        screenshot("dashboard.png");

        // The figures are the API's.
        assertEquals(api.getString("allocations.total.amount"), browser.findElement(By.id("allocated")).getText());
        assertEquals(api.getString("money.contributions.amount"), browser.findElement(By.id("contributions")).getText());
        assertEquals(api.getString("overdueReports.total"), browser.findElement(By.id("overdueTotal")).getText());
        assertEquals(api.getString("pipeline.available.amount"), browser.findElement(By.id("available")).getText());

        // A number leads to its list: overdue reports to the reporting calendar, overdue only, highlighted.
        long overdue = api.getLong("overdueReports.total");
        browser.findElement(By.id("overdueTotal")).click();
        waitForText(By.tagName("h1"), "Reporting calendar");
        assertTrue(browser.getCurrentUrl().contains("overdue=true"), browser.getCurrentUrl());
        waitForText(By.id("total"), ": " + overdue);
        assertTrue(browser.findElement(By.id("calendarForm:overdue_input")).isSelected(), "the overdue filter is on");
        List<WebElement> rows = browser.findElements(By.cssSelector("#calendarForm\\:entries tbody tr[data-ri]"));
        assertEquals(Math.min(overdue, 50), rows.size());
        for (WebElement row : rows) {
            assertTrue(row.getAttribute("class").contains("overdue") && row.getText().contains("Overdue"), row.getText());
        }
        screenshot("calendar-overdue.png");

        // And contributions lead to the funding status.
        browser.navigate().back();
        waitFor(By.id("contributions")).click();
        waitForText(By.tagName("h1"), "Funding status");
    }

    @Test
    void theCalendarFiltersByKindOnThePage() {
        long progress = ItSupport.as("fmu").queryParam("overdue", true).queryParam("kind", "PROGRESS").queryParam("size", 1)
                .get("/api/funds/MIG/reporting-calendar").then().statusCode(200).extract().jsonPath().getLong("totalItems");
        logIn("fmu");
        browser.get(ItSupport.baseUri() + "/monitoring/calendar.xhtml?fund=MIG&overdue=true&kind=PROGRESS");
        waitForText(By.tagName("h1"), "Reporting calendar");
        waitForText(By.id("total"), ": " + progress);
        for (WebElement row : browser.findElements(By.cssSelector("#calendarForm\\:entries tbody tr[data-ri]"))) {
            assertTrue(row.getText().contains("Progress reports"), row.getText());
        }
    }

    /** The programme page shows the reports the programme still owes, overdue ones marked. */
    @Test
    void theProgrammePageShowsItsOverdueReports() {
        var overdue = ItSupport.as("fmu").queryParam("overdue", true).queryParam("size", 1)
                .get("/api/funds/MIG/reporting-calendar").then().statusCode(200).extract().jsonPath();
        long programme = overdue.getLong("items[0].programmeId");
        logIn("fmu");
        browser.get(ItSupport.baseUri() + "/programming/programme.xhtml?id=" + programme);
        waitFor(By.xpath("//h2[normalize-space()='Reports due']"));
        List<WebElement> rows = browser.findElements(By.cssSelector("[id$='programmeReports'] tbody tr.overdue"));
        assertTrue(!rows.isEmpty(), "an overdue row is marked");
        assertTrue(rows.get(0).getText().contains("Overdue"), rows.get(0).getText());
    }

    private static boolean drawn(WebElement canvas) {
        Object chart = ((JavascriptExecutor) browser).executeScript(
                "var c = arguments[0]; return c.width > 0 && c.height > 0"
                        + " && (typeof Chart === 'undefined' || !!Chart.getChart(c));", canvas);
        return Boolean.TRUE.equals(chart);
    }

    private static void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(ItSupport.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("user-name"));
    }

    private static void screenshot(String name) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(b -> {
                    WebElement e = b.findElement(locator);
                    return e.isDisplayed() ? e : null;
                });
    }

    private static void waitForText(By locator, String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class)
                    .until(b -> b.findElement(locator).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Expected '" + text + "' in " + locator + " on " + browser.getCurrentUrl() + ", page shows: "
                    + browser.findElement(By.tagName("body")).getText());
        }
    }
}
