package org.migrationmptf.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The programming pages in a real headless Chromium. A focal point writes a concept note for an open call, checks
 * its eligibility on the page (a note with one organisation is told why it is not eligible; with a partner it is),
 * and submits it for review. Then, with the committee's decisions recorded through the API, the focal point edits
 * the programme's budget (an indirect cost rate above the 7% cap is warned about while typing, before saving),
 * saves and submits it, and the FMU approves it on the page with the allocation decision: the page shows it
 * approved and its budget committed. Skipped with a message where no Chromium is installed, unless
 * {@code -Dbrowser.required=true}.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammingPagesBrowserIT {

    private static final LocalDate TODAY = LocalDate.now();

    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start("programming", "1400,1000");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFocalPointChecksAndSubmitsANoteAndTheFundManagerApprovesItsProgramme() throws Exception {
        String run = Long.toString(System.nanoTime(), 36);
        int call = openCall("Browser call " + run);
        String areaName = as("iom").get("/api/funds/MIG/thematic-areas").then().statusCode(200)
                .extract().path("find { it.number == 4 }.name");

        // The focal point writes the note on the page, with no partner organisation first.
        logIn("iom");
        browser.get(ItSupport.baseUri() + "/programming/note.xhtml?call=" + call);
        String title = "Browser note " + run;
        waitFor(By.id("noteForm:title")).sendKeys(title);
        browser.findElement(By.id("noteForm:summary")).sendKeys("Fair recruitment between corridors, written in a browser.");
        choose("noteForm:scope", "Global");
        choose("noteForm:area", "4. " + areaName);
        browser.findElement(By.id("noteForm:budget")).sendKeys("300000");
        browser.findElement(By.id("noteForm:duration")).sendKeys("24");
        choose("noteForm:gender", "2");
        choose("noteForm:humanRights", "2");
        choose("noteForm:child", "1");
        tick("noteForm:objectives", "6");

        browser.findElement(By.id("noteForm:check")).click();
        waitForText(By.id("problems"), "at least 2 participating UN organisations");
        assertEquals(1, browser.findElements(By.cssSelector("#problems li")).size(),
                browser.findElement(By.id("problems")).getText());
        waitForText(By.id("status"), "Draft");

        tick("noteForm:partners", "UNICEF");
        browser.findElement(By.id("noteForm:check")).click();
        waitForText(By.id("noteForm:eligible"), "Eligible");
        screenshot("concept-note.png");

        browser.findElement(By.id("noteForm:submit")).click();
        waitForText(By.id("status"), "Under review");
        int note = as("iom").queryParam("size", 200).get("/api/concept-notes").then().statusCode(200)
                .extract().path("items.find { it.title == '" + title + "' }.id");
        as("iom").get("/api/concept-notes/" + note).then().body("status", equalTo("UNDER_REVIEW"))
                .body("organisations", org.hamcrest.Matchers.hasItems("IOM", "UNICEF"));

        // The FMU assigns itself as reviewer and scores the note on its page; the committee endorses it (decision
        // recorded through the API) and the FMU records the endorsement and invites the note on the page.
        int meeting = GovernanceApiIT.heldMeeting("MIG", as("fmu").queryParam("servingOn", TODAY.toString())
                .queryParam("size", 200).get("/api/funds/MIG/committee/members").then().statusCode(200)
                .extract().path("items.id"));
        int endorsement = decision(meeting, Map.of("type", "ENDORSE_PIPELINE", "title", "Endorsement of " + title,
                "text", "The Steering Committee endorses the note into the pipeline.", "effectiveOn", TODAY.toString(),
                "subjects", List.of(Map.of("recordType", "CONCEPT_NOTE", "recordId", note))));
        logIn("fmu");
        browser.get(ItSupport.baseUri() + "/programming/note.xhtml?id=" + note);
        waitForText(By.id("status"), "Under review");
        waitFor(By.id("reviewersForm:reviewers")).sendKeys("fmu");
        browser.findElement(By.id("reviewersForm:assign")).click();
        waitForText(By.id("reviewsForm:reviews"), "fmu");
        choose("scoreForm:quality", "4");
        choose("scoreForm:principles", "4");
        choose("scoreForm:markers", "3");
        choose("scoreForm:balance", "5");
        browser.findElement(By.id("scoreForm:comment")).sendKeys("Clear corridor focus.");
        browser.findElement(By.id("scoreForm:scoreButton")).click();
        waitForText(By.id("reviewsForm:reviews"), "Clear corridor focus.");
        waitForText(By.id("noteDecisions"), "Endorsement of " + title);
        waitFor(By.id("decideForm:decisionId")).sendKeys(String.valueOf(endorsement));
        browser.findElement(By.id("decideForm:endorse")).click();
        waitForText(By.id("status"), "In the pipeline");
        click(By.id("decideForm:invite"));
        waitForText(By.id("status"), "Invited to a programme document");
        as("fmu").get("/api/concept-notes/" + note).then().body("status", equalTo("INVITED"))
                .body("averageScore", org.hamcrest.Matchers.notNullValue());

        // IOM drafts the programme with a budget (API).
        logIn("iom");
        int programme = as("iom").contentType(ContentType.JSON).body(Map.of("conceptNoteId", note,
                        "title", "Browser programme " + run, "startsOn", TODAY.toString(),
                        "endsOn", TODAY.plusMonths(24).toString()))
                .post("/api/programmes").then().statusCode(201).body("status", equalTo("DRAFT")).extract().path("id");
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        line("IOM", "1", "100000"), line("IOM", "ISC", "7000"),
                        line("UNICEF", "1", "50000"), line("UNICEF", "ISC", "3500"))))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(200);

        // The budget editor warns, while typing, when IOM's indirect support costs go above 7%.
        browser.get(ItSupport.baseUri() + "/programming/programme.xhtml?id=" + programme);
        waitForText(By.id("status"), "Draft");
        WebElement isc = waitFor(By.cssSelector("input[data-organisation='IOM'][data-category='ISC']"));
        isc.clear();
        isc.sendKeys("9000");
        waitForText(By.cssSelector("span.budget-live[data-organisation='IOM']"), "above the 7% cap");
        waitForText(By.id("budgetForm:check"), "IOM's indirect support costs, 9000");
        assertTrue(browser.findElement(By.cssSelector("span.budget-live[data-organisation='UNICEF']")).getText()
                .strip().equals("7%"), "UNICEF stays within the cap");
        new org.openqa.selenium.interactions.Actions(browser)
                .scrollToElement(browser.findElement(By.id("budgetForm:check"))).perform();
        screenshot("budget-over-cap.png");
        isc = browser.findElement(By.cssSelector("input[data-organisation='IOM'][data-category='ISC']"));
        isc.clear();
        isc.sendKeys("7000");
        // Clearing the field alone is within the cap too: wait for the check of 7000 itself, so that no delayed
        // check of the keystrokes is still on its way when the budget is saved.
        waitForText(By.id("budgetForm:check"), "Indirect (ISC): USD 10500.00");
        waitForText(By.id("budgetForm:check"), "within the cap");
        browser.findElement(By.id("budgetForm:saveBudget")).click();
        waitForText(By.id("messages"), "The budget is saved");
        waitFor(By.id("budgetForm:submitProgramme")).click();
        waitForText(By.id("status"), "Submitted");

        // The committee approves the allocation; the FMU approves the programme on the page with that decision.
        int allocation = decision(meeting, GovernanceApiIT.allocation("160500.00", programme));
        logIn("fmu");
        browser.get(ItSupport.baseUri() + "/programming/programme.xhtml?id=" + programme);
        waitForText(By.id("status"), "Submitted");
        waitForText(By.id("programmeDecisions"), "Allocation to programme " + programme);
        waitFor(By.id("fmuForm:decisionId")).sendKeys(String.valueOf(allocation));
        browser.findElement(By.id("fmuForm:approve")).click();
        waitForText(By.id("status"), "Approved");
        waitForText(By.id("committed"), "USD 160500.00");
        assertEquals(String.valueOf(allocation), browser.findElement(By.id("approvalDecision")).getText());
        screenshot("programme-approved.png");
        as("fmu").get("/api/programmes/" + programme).then().statusCode(200).body("status", equalTo("APPROVED"))
                .body("outstandingCommitment.amount", equalTo("160500.00"));

        // The Administrative Agent transfers IOM's first tranche as a decision instructs; a double click books once.
        int instruction = decision(meeting, Map.of("type", "INSTRUCT_TRANSFER", "title", "First tranche to IOM",
                "text", "The Steering Committee instructs the first tranche.", "effectiveOn", TODAY.toString(),
                "amount", Map.of("amount", "50000.00", "currency", "USD"),
                "subjects", List.of(Map.of("recordType", "JOINT_PROGRAMME", "recordId", programme))));
        logIn("agent");
        browser.get(ItSupport.baseUri() + "/programming/programme.xhtml?id=" + programme);
        waitForText(By.id("status"), "Approved");
        choose("agentForm:transferOrganisation", "IOM");
        browser.findElement(By.id("agentForm:transferDecisionId")).sendKeys(String.valueOf(instruction));
        browser.findElement(By.id("agentForm:transferAmount")).sendKeys("50000");
        new org.openqa.selenium.interactions.Actions(browser)
                .doubleClick(browser.findElement(By.id("agentForm:transfer"))).perform();
        waitForText(By.id("status"), "Active");
        waitForText(By.id("transferTable"), "USD 50000.00");
        Thread.sleep(1500); // a second booking, if the double click made one, would show by now
        browser.navigate().refresh();
        waitForText(By.id("status"), "Active");
        assertEquals(1, browser.findElements(By.cssSelector("#transferTable tbody tr[data-ri]")).size(),
                browser.findElement(By.id("transferTable")).getText());
        waitForText(By.id("moneyTable"), "57000.00");
        as("agent").get("/api/programmes/" + programme + "/transfers").then().statusCode(200)
                .body("size()", equalTo(1));
        logIn("fmu");

        // The FMU finds it all on the other pages: the call and its review board, the notes, the programmes.
        browser.get(ItSupport.baseUri() + "/programming/programmes.xhtml");
        choose("searchForm:status", "Draft");
        browser.findElement(By.id("searchForm:search")).click();
        waitForGone(By.linkText("Browser programme " + run));
        choose("searchForm:status", "Active");
        browser.findElement(By.id("searchForm:search")).click();
        waitForText(By.id("listForm:programmes"), "Browser programme " + run);
        click(By.linkText("Browser programme " + run));
        waitForText(By.id("status"), "Active");

        browser.get(ItSupport.baseUri() + "/programming/notes.xhtml");
        choose("searchForm:status", "Invited to a programme document");
        browser.findElement(By.id("searchForm:search")).click();
        waitForText(By.id("listForm:notes"), title);

        browser.get(ItSupport.baseUri() + "/programming/call.xhtml?id=" + call);
        waitForText(By.tagName("h1"), "Browser call " + run);
        waitForText(By.id("boardForm:board"), title);
        assertTrue(browser.findElement(By.id("boardForm:board")).getText().contains("Invited"),
                browser.findElement(By.id("boardForm:board")).getText());

        browser.get(ItSupport.baseUri() + "/programming/pipeline.xhtml");
        waitForText(By.id("available"), "Available for new approvals: USD");
    }

    @Test
    void theFundManagerDraftsAndOpensACallOnThePageAndBadInputIsToldNextToTheField() {
        String run = Long.toString(System.nanoTime(), 36);
        logIn("fmu");
        browser.get(ItSupport.baseUri() + "/programming/calls.xhtml");
        waitFor(By.id("callForm:title")).sendKeys("Page call " + run);
        browser.findElement(By.id("callForm:opensOn")).sendKeys(TODAY.toString());
        browser.findElement(By.id("callForm:closesOn")).sendKeys(TODAY.minusDays(1).toString());
        browser.findElement(By.id("callForm:create")).click();
        waitForText(By.xpath("//*[@id='callForm:scopes']/following-sibling::*[contains(@class,'ui-message')]"),
                "name at least one scope");

        tick("callForm:scopes", "NATIONAL");
        browser.findElement(By.id("callForm:create")).click();
        waitForText(By.xpath("//*[@id='callForm:closesOn']/following-sibling::*[contains(@class,'ui-message')]"),
                "cannot close");
        WebElement closes = browser.findElement(By.id("callForm:closesOn"));
        closes.clear();
        closes.sendKeys(TODAY.plusDays(20).toString());
        browser.findElement(By.id("callForm:create")).click();
        waitForText(By.id("listForm:calls"), "Page call " + run);
        By row = By.xpath("//tr[.//a[text()='Page call " + run + "']]");
        waitForText(row, "Draft");
        click(By.xpath("//tr[.//a[text()='Page call " + run + "']]//button[contains(@id,'open')]"));
        waitForText(By.xpath("//tr[.//a[text()='Page call " + run + "']]"), "Open");
    }

    private static int openCall(String title) {
        int call = as("fmu").contentType(ContentType.JSON)
                .body(Map.of("title", title, "opensOn", TODAY.minusDays(1).toString(),
                        "closesOn", TODAY.plusDays(30).toString(), "scopes", List.of("NATIONAL", "GLOBAL"),
                        "thematicAreas", List.of(4), "budgetCeiling", Map.of("amount", "2000000", "currency", "USD")))
                .post("/api/funds/MIG/calls").then().statusCode(201).extract().path("id");
        as("fmu").post("/api/funds/MIG/calls/" + call + "/open").then().statusCode(200).body("status", equalTo("OPEN"));
        return call;
    }

    private static int decision(int meeting, Map<String, Object> body) {
        return as("fmu").contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/api/funds/MIG/committee/meetings/" + meeting + "/decisions").then().statusCode(201)
                .extract().path("id");
    }

    private static Map<String, Object> line(String organisation, String category, String amount) {
        return Map.of("organisation", organisation, "category", category, "amount", amount);
    }

    private static void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(ItSupport.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("user-name"));
    }

    /** Picks an option of a PrimeFaces select menu: open it, click the option (again if needed) until chosen. */
    private static void choose(String menuId, String label) {
        waitFor(By.id(menuId));
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementNotInteractableException.class)
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
        } catch (TimeoutException e) {
            fail("Could not choose '" + label + "' in " + menuId);
        }
    }

    private static boolean chosen(String menuId, String label) {
        return label.equals(new Select(browser.findElement(By.id(menuId + "_input"))).getFirstSelectedOption().getText());
    }

    /** Ticks the checkbox of a PrimeFaces checkbox group by its value, the way a person does: on its box. */
    private static void tick(String groupId, String value) {
        By input = By.xpath("//*[@id='" + groupId + "']//input[@value='" + value + "']");
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(ElementNotInteractableException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(b -> {
                        WebElement box = b.findElement(input);
                        if (box.isSelected()) {
                            return true;
                        }
                        box.findElement(By.xpath("ancestor::div[contains(@class,'ui-chkbox')][1]"
                                + "//div[contains(@class,'ui-chkbox-box')]")).click();
                        return b.findElement(input).isSelected();
                    });
        } catch (TimeoutException e) {
            fail("Could not tick '" + value + "' in " + groupId);
        }
    }

    /** Clicks an element once it is shown, again if an Ajax update replaced it meanwhile. */
    private static void click(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(b -> {
                    b.findElement(locator).click();
                    return true;
                });
    }

    private static void waitForGone(By locator) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(b -> b.findElements(locator).isEmpty());
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .until(b -> {
                    WebElement e = b.findElement(locator);
                    return e.isDisplayed() ? e : null;
                });
    }

    private static void waitForText(By locator, String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(15))
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(NoSuchElementException.class)
                    .until(b -> b.findElement(locator).getText().contains(text));
        } catch (TimeoutException e) {
            try {
                screenshot("failure-" + System.nanoTime() + ".png");
            } catch (java.io.IOException ignored) {
                // the failure below says what matters
            }
            fail("Expected '" + text + "' in " + locator + " on " + browser.getCurrentUrl() + ", page shows: "
                    + browser.findElement(By.tagName("body")).getText());
        }
    }

    private static void screenshot(String name) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), Path.of("target", name), StandardCopyOption.REPLACE_EXISTING);
    }
}
