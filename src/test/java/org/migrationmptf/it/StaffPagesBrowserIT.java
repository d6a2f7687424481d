package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A staff member in a real headless Chromium: logs in, switches the language, reads and filters a table (which
 * proves PrimeFaces' widgets run under the Content-Security-Policy, not just that text is there). Skipped with a
 * message where no Chromium is installed, unless {@code -Dbrowser.required=true} (CI), where that is a failure.
 */
@ExtendWith(ArquillianExtension.class)
class StaffPagesBrowserIT {


    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start("staff", "1280,1000");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aWrongPasswordIsToldNextToTheForm() {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/");
        waitFor(By.id("username")).sendKeys("fmu");
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("login-submit")).click();
        WebElement error = waitFor(By.id("login-error"));
        assertTrue(error.getText().contains("wrong"), error.getText());
        assertEquals("login-error", browser.findElement(By.id("username")).getAttribute("aria-describedby"));
    }

    @Test
    void theFundManagerReadsTheGcmObjectivesInFrenchAndFiltersThem() throws Exception {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/reference/objectives.xhtml");
        waitFor(By.id("username")).sendKeys("fmu");
        browser.findElement(By.id("password")).sendKeys(ItSupport.PASSWORD);
        browser.findElement(By.id("login-submit")).click();

        // Back on the page asked for, in English, with who is logged in.
        waitForText(By.tagName("h1"), "Objectives of the Global Compact for Migration");
        assertEquals("fmu", browser.findElement(By.id("user-name")).getText());
        assertTrue(browser.findElement(By.id("user-roles")).getText().contains("Fund Management Unit"));

        browser.findElement(By.cssSelector("a[lang='fr']")).click();
        waitForText(By.tagName("h1"), "Objectifs du Pacte mondial sur les migrations");
        assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.id("user-roles")).getText().contains("Unité de gestion du Fonds"));
        assertEquals(23, rows().size(), "all 23 objectives on the first page");

        WebElement titleFilter = browser.findElement(
                By.cssSelector("#objectivesForm\\:objectives th:nth-child(2) input.ui-column-filter"));
        titleFilter.sendKeys("remittances");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(StaleElementReferenceException.class)
                .until(b -> rows().size() == 1);
        String row = rows().get(0).getText();
        assertTrue(row.startsWith("20"), row);
        assertTrue(row.contains("Promote faster, safer and cheaper transfer of remittances"), row);

        File screenshot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(screenshot.toPath(), Path.of("target", "objectives-fr.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        browser.findElement(By.cssSelector("a[lang='en']")).click();
        waitForText(By.tagName("h1"), "Objectives of the Global Compact for Migration");
    }

    @Test
    void theFundManagerRecordsAMeetingAndADecisionAndFindsItInTheRegister() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        logIn("fmu");

        // A member serving today, so the meeting has someone to attend.
        browser.get(ItSupport.baseUri() + "/governance/members.xhtml");
        waitFor(By.id("memberForm:fullName")).sendKeys("Browser Member " + run);
        choose("memberForm:constituency", "Civil society and other stakeholders");
        browser.findElement(By.id("memberForm:seat")).sendKeys("Civil society " + run);
        browser.findElement(By.id("memberForm:termStart")).sendKeys("2020-01-01");
        browser.findElement(By.id("memberForm:add")).click();
        waitForText(By.id("listForm:members"), "Browser Member " + run);

        browser.get(ItSupport.baseUri() + "/governance/meetings.xhtml");
        waitFor(By.id("meetingForm:meetsOn")).sendKeys(java.time.LocalDate.now().toString());
        browser.findElement(By.id("meetingForm:title")).sendKeys("Browser meeting " + run);
        browser.findElement(By.id("meetingForm:agenda")).sendKeys("Allocations");
        browser.findElement(By.id("meetingForm:schedule")).click();
        waitForText(By.tagName("h1"), "Browser meeting " + run);
        waitForText(By.id("status"), "Scheduled");

        for (WebElement box : browser.findElements(By.cssSelector("#attendanceForm\\:present .ui-chkbox-box"))) {
            box.click();
        }
        browser.findElement(By.id("attendanceForm:saveAttendance")).click();
        waitForText(By.id("quorum"), "the meeting can decide");
        browser.findElement(By.id("attendanceForm:held")).click();
        waitForText(By.id("status"), "Held");

        // Bad input is told next to the field and nothing is recorded.
        waitFor(By.id("decisionForm:record")).click();
        waitForText(By.id("decisionForm"), "is required");

        choose("decisionForm:type", "Other");
        browser.findElement(By.id("decisionForm:title")).sendKeys("Browser decision " + run);
        browser.findElement(By.id("decisionForm:text")).sendKeys("Recorded by the browser test.");
        browser.findElement(By.id("decisionForm:record")).click();
        waitForText(By.id("decisionsForm:decisions"), "Browser decision " + run);
        assertTrue(browser.findElement(By.id("messages")).getText().contains("is recorded"),
                browser.findElement(By.id("messages")).getText());
        screenshot("meeting.png");

        browser.get(ItSupport.baseUri() + "/governance/decisions.xhtml");
        waitFor(By.id("searchForm:q")).sendKeys("Browser decision " + run);
        browser.findElement(By.id("searchForm:search")).click();
        waitForText(By.id("total"), ": 1");
        String row = browser.findElement(By.cssSelector("#registerForm\\:register tbody tr[data-ri]")).getText();
        assertTrue(row.contains("Browser decision " + run) && row.contains("Other"), row);
        screenshot("decision-register.png");

        // The auditor reads who recorded it, on the record's history.
        logIn("auditor");
        browser.get(ItSupport.baseUri() + "/governance/decisions.xhtml");
        waitFor(By.id("searchForm:q")).sendKeys("Browser decision " + run);
        browser.findElement(By.id("searchForm:search")).click();
        waitForText(By.id("total"), ": 1");
        browser.findElement(By.linkText("History")).click();
        waitForText(By.id("historyForm:changes"), "CREATE");
        String history = browser.findElement(By.id("historyForm:changes")).getText();
        assertTrue(history.contains("fmu") && history.contains("Browser decision " + run), history);
    }

    @Test
    void theAdministrativeAgentRecordsAEuroDepositAndTheFundingStatusRisesByItsUsdValue() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        long contributor = ((Number) ItSupport.as("agent").contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("name", "Browser donor " + run, "type", "FOUNDATION"))
                .post("/api/contributors").then().statusCode(201).extract().path("id")).longValue();
        long agreement = ((Number) ItSupport.as("agent").contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("contributorId", contributor, "reference", "SAA-BR-" + run, "signedOn", "2025-01-01",
                        "total", java.util.Map.of("amount", "5000", "currency", "EUR"), "earmarkKind", "UNEARMARKED",
                        "instalments", List.of(java.util.Map.of("dueOn", "2025-02-01",
                                "amount", java.util.Map.of("amount", "5000", "currency", "EUR")))))
                .post("/api/funds/MIG/agreements").then().statusCode(201).extract().path("id")).longValue();
        logIn("agent");
        java.math.BigDecimal before = contributions();

        browser.get(ItSupport.baseUri() + "/mobilisation/agreement.xhtml?id=" + agreement);
        waitFor(By.id("depositForm:amount")).sendKeys("1000.00");
        WebElement rate = browser.findElement(By.id("depositForm:rate"));
        rate.clear();
        rate.sendKeys("1.1");
        browser.findElement(By.id("depositForm:preview")).click();
        waitForText(By.id("previewText"), "USD 1100.00");
        assertTrue(browser.findElement(By.id("previewText")).getText().contains("11.00"), "the 1% fee is shown");
        assertEquals(0, before.compareTo(contributions()), "a preview books nothing");

        browser.get(ItSupport.baseUri() + "/mobilisation/agreement.xhtml?id=" + agreement);
        waitFor(By.id("depositForm:amount")).sendKeys("1000.00");
        rate = browser.findElement(By.id("depositForm:rate"));
        rate.clear();
        rate.sendKeys("1.1");
        browser.findElement(By.id("depositForm:preview")).click();
        waitFor(By.id("depositForm:record")).click();
        waitForText(By.id("deposited"), "EUR 1000.00");
        assertEquals(0, before.add(new java.math.BigDecimal("1100.00")).compareTo(contributions()),
                "the funding status shows the deposit's USD value");
        screenshot("funding-status.png");
    }

    /** The contributions line of the funding status page, as a person reads it. */
    private static java.math.BigDecimal contributions() {
        browser.get(ItSupport.baseUri() + "/mobilisation/funding-status.xhtml");
        WebElement first = waitFor(By.cssSelector("#statusForm\\:status tbody tr[data-ri='0'] td:nth-child(2)"));
        return new java.math.BigDecimal(first.getText().strip());
    }

    private static void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(ItSupport.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("user-name"));
    }

    /**
     * Picks an option of a PrimeFaces select menu the way a person does: open it, click the option (again, if the
     * panel was still opening), until the menu shows it chosen.
     */
    private static void choose(String menuId, String label) {
        waitFor(By.id(menuId));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.ElementNotInteractableException.class)
                    .until(b -> {
                        if (chosen(menuId, label)) {
                            return true;
                        }
                        WebElement panel = b.findElement(By.id(menuId + "_panel"));
                        if (!panel.isDisplayed()) {
                            b.findElement(By.id(menuId)).click();
                            return false;
                        }
                        panel.findElement(By.cssSelector("li[data-label='" + label + "']")).click();
                        return chosen(menuId, label);
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            fail("Could not choose '" + label + "' in " + menuId);
        }
    }

    private static boolean chosen(String menuId, String label) {
        return label.equals(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(menuId + "_input")))
                .getFirstSelectedOption().getText());
    }

    private static void screenshot(String name) throws java.io.IOException {
        File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#objectivesForm\\:objectives tbody tr[data-ri]"));
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
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
