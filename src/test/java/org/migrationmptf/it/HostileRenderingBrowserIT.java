package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Script payloads stored through the API (a fund's name, an organisation's name, committee members' names and seats,
 * a meeting's title, place and agenda, decisions' titles and texts, a contributor's name, a call's title, a concept
 * note's title and summary, a programme's title) are shown as the text they are on every page that shows them:
 * the text is there literally, no element was made of it ({@code <img src=x>}, a {@code <script>} mentioning
 * {@code __xss}), and {@code window.__xss} stays undefined. Skipped with a message where no Chromium is installed,
 * unless {@code -Dbrowser.required=true}.
 */
@ExtendWith(ArquillianExtension.class)
class HostileRenderingBrowserIT {

    private static final Logger LOG = Logger.getLogger(HostileRenderingBrowserIT.class.getName());
    private static final LocalDate TODAY = LocalDate.now();
    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L, 36).toUpperCase();

    /** Closes a script element early, or makes an element of an attribute; {@code RUN} tells one run's apart. */
    static final String SCRIPT = "</script><script>window.__xss=1</script>" + RUN;
    static final String IMG = "\"><img src=x onerror=window.__xss=1>" + RUN;
    static final String QUOTES = "');window.__xss=1;//<b>" + RUN;

    private static WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start("hostile", "1400,1000");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static long id(io.restassured.response.Response response) {
        return ((Number) response.then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void storedScriptPayloadsAreShownAsTextOnEveryPageThatShowsThem() {
        // A fund of this run, named with a payload, and its committee.
        String code = "XS" + RUN;
        List<Integer> members = GovernanceApiIT.fundWithCommittee(code);
        as("fmu").contentType(ContentType.JSON).body(GovernanceApiIT.parameters("Fund " + SCRIPT))
                .put("/api/funds/" + code).then().statusCode(200);
        String acronym = "X" + RUN;
        as("fmu").contentType(ContentType.JSON).body(Map.of("acronym", acronym, "name", "Organisation " + SCRIPT,
                "mouSignedOn", "2020-01-01")).post("/api/organisations").then().statusCode(201);

        long meeting = GovernanceApiIT.heldMeeting(code, members);

        // The committee pages show the Migration MPTF's committee: there, a member (serving from today, so that no
        // earlier meeting's quorum changes), a held meeting and a decision carry payloads.
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Member " + IMG, "constituency", "CIVIL_SOCIETY", "seat", "Seat " + QUOTES,
                        "termStart", TODAY.toString(), "chair", false))
                .post("/api/funds/MIG/committee/members").then().statusCode(201);
        List<Integer> serving = as("fmu").queryParam("servingOn", TODAY.toString()).queryParam("size", 200)
                .get("/api/funds/MIG/committee/members").then().statusCode(200).extract().path("items.id");
        long migMeeting = id(as("fmu").contentType(ContentType.JSON).body(Map.of("meetsOn", TODAY.toString(),
                "title", "Meeting " + SCRIPT, "location", "Room " + IMG, "agenda", List.of("Item " + QUOTES)))
                .post("/api/funds/MIG/committee/meetings"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("presentMemberIds", serving))
                .put("/api/funds/MIG/committee/meetings/" + migMeeting + "/attendance").then().statusCode(200);
        as("fmu").post("/api/funds/MIG/committee/meetings/" + migMeeting + "/held").then().statusCode(200);
        decision("MIG", migMeeting, "OTHER", null, 0);

        // Money: a contributor named with a payload, its agreement and a deposit.
        long contributor = id(as("agent").contentType(ContentType.JSON)
                .body(Map.of("name", "Contributor " + SCRIPT, "type", "GOVERNMENT", "countryCode", "NOR",
                        "contactName", "Contact " + IMG)).post("/api/contributors"));
        long agreement = id(as("agent").contentType(ContentType.JSON)
                .body(Map.of("contributorId", contributor, "reference", "SAA-" + code, "signedOn", "2025-01-01",
                        "total", Map.of("amount", "1000000", "currency", "USD"), "earmarkKind", "UNEARMARKED",
                        "instalments", List.of(Map.of("dueOn", "2025-01-15", "amount", Map.of("amount", "1000000", "currency", "USD")))))
                .post("/api/funds/" + code + "/agreements"));
        as("agent").header("Idempotency-Key", "xss-" + code).contentType(ContentType.JSON)
                .body(Map.of("agreementId", agreement, "valueDate", TODAY.toString(),
                        "amount", Map.of("amount", "1000000", "currency", "USD"), "exchangeRate", "1"))
                .post("/api/funds/" + code + "/deposits").then().statusCode(201);

        // A call, a concept note and a programme, each named with payloads.
        long call = id(as("fmu").contentType(ContentType.JSON)
                .body(Map.of("title", "Call " + SCRIPT, "opensOn", TODAY.minusDays(1).toString(),
                        "closesOn", TODAY.plusDays(30).toString(), "scopes", List.of("NATIONAL"),
                        "thematicAreas", List.of(4), "budgetCeiling", Map.of("amount", "500000", "currency", "USD")))
                .post("/api/funds/" + code + "/calls"));
        as("fmu").post("/api/funds/" + code + "/calls/" + call + "/open").then().statusCode(200);
        Map<String, Object> note = new HashMap<>();
        note.put("callId", call);
        note.put("title", "Note " + IMG);
        note.put("summary", "Summary " + SCRIPT);
        note.put("scope", "NATIONAL");
        note.put("thematicArea", 4);
        note.put("requestedBudget", Map.of("amount", "300000", "currency", "USD"));
        note.put("durationMonths", 24);
        note.put("genderMarker", 2);
        note.put("humanRightsMarker", 2);
        note.put("childMarker", 1);
        note.put("organisations", List.of("UNICEF"));
        note.put("countries", List.of("MEX"));
        note.put("objectives", List.of(6));
        note.put("principles", List.of(1, 7));
        long noteId = id(as("iom").contentType(ContentType.JSON).body(note).post("/api/concept-notes"));
        as("iom").post("/api/concept-notes/" + noteId + "/submit").then().statusCode(200);
        long endorsement = decision(code, meeting, "ENDORSE_PIPELINE", "CONCEPT_NOTE", noteId);
        as("chair").contentType(ContentType.JSON).body(Map.of("decisionId", endorsement))
                .post("/api/concept-notes/" + noteId + "/endorse").then().statusCode(200);
        as("fmu").post("/api/concept-notes/" + noteId + "/invite").then().statusCode(200);
        long programme = id(as("iom").contentType(ContentType.JSON)
                .body(Map.of("conceptNoteId", noteId, "title", "Programme " + SCRIPT,
                        "startsOn", TODAY.minusYears(1).toString(), "endsOn", TODAY.plusYears(1).toString()))
                .post("/api/programmes"));
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", ProgrammeLifecycleIT.budget()))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(200);

        // Every page that shows them, as the fund manager.
        logIn("fmu");
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("/governance/fund.xhtml?code=" + code, List.of("Fund " + SCRIPT));
        pages.put("/governance/organisations.xhtml", List.of("Organisation " + SCRIPT));
        pages.put("/governance/members.xhtml", List.of("Member " + IMG, "Seat " + QUOTES));
        pages.put("/governance/meetings.xhtml", List.of("Meeting " + SCRIPT));
        pages.put("/governance/meeting.xhtml?id=" + migMeeting, List.of("Meeting " + SCRIPT, "Room " + IMG, "Item " + QUOTES,
                "Member " + IMG, "Decision " + SCRIPT));
        pages.put("/governance/decisions.xhtml", List.of());
        pages.put("/mobilisation/contributors.xhtml", List.of("Contributor " + SCRIPT));
        pages.put("/mobilisation/agreements.xhtml?fund=" + code, List.of("Contributor " + SCRIPT));
        pages.put("/mobilisation/agreement.xhtml?fund=" + code + "&id=" + agreement, List.of("Contributor " + SCRIPT));
        pages.put("/mobilisation/funding-status.xhtml?fund=" + code, List.of());
        pages.put("/programming/calls.xhtml?fund=" + code, List.of("Call " + SCRIPT));
        pages.put("/programming/call.xhtml?fund=" + code + "&id=" + call, List.of("Call " + SCRIPT, "Note " + IMG));
        pages.put("/programming/notes.xhtml", List.of());
        pages.put("/programming/note.xhtml?fund=" + code + "&id=" + noteId, List.of("Note " + IMG, "Summary " + SCRIPT));
        pages.put("/programming/pipeline.xhtml?fund=" + code, List.of());
        pages.put("/programming/programmes.xhtml?fund=" + code, List.of("Programme " + SCRIPT));
        pages.put("/programming/programme.xhtml?id=" + programme, List.of("Programme " + SCRIPT));
        pages.put("/monitoring/dashboard.xhtml?fund=" + code, List.of());
        pages.put("/monitoring/calendar.xhtml?fund=" + code, List.of());
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            problems.addAll(check(page.getKey(), page.getValue()));
        }
        assertTrue(problems.isEmpty(), "Stored payloads are not shown as text:\n  " + String.join("\n  ", problems));
    }

    private static long decision(String code, long meeting, String type, String recordType, long record) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", type);
        body.put("title", "Decision " + SCRIPT);
        body.put("text", "Text " + IMG);
        body.put("effectiveOn", TODAY.toString());
        if (recordType != null) {
            body.put("subjects", List.of(Map.of("recordType", recordType, "recordId", record)));
        }
        return id(as("fmu").contentType(ContentType.JSON).body(body)
                .post("/api/funds/" + code + "/committee/meetings/" + meeting + "/decisions"));
    }

    /** Opens the page and returns what is wrong with it. */
    private static List<String> check(String path, List<String> texts) {
        List<String> problems = new ArrayList<>();
        browser.get(ItSupport.baseUri() + path);
        waitFor(By.tagName("h1"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        Object xss = js.executeScript("return typeof window.__xss");
        if (!"undefined".equals(xss)) {
            problems.add(path + ": window.__xss is " + xss);
        }
        if (!browser.findElements(By.cssSelector("img[src='x']")).isEmpty()) {
            problems.add(path + ": an <img src=x> was made of a stored text");
        }
        Object scripts = js.executeScript("return Array.from(document.scripts).filter(s => s.text.includes('__xss')).length");
        if (((Number) scripts).intValue() > 0) {
            problems.add(path + ": a <script> was made of a stored text");
        }
        Object bolds = js.executeScript("return Array.from(document.querySelectorAll('b')).filter(b => b.textContent.includes('"
                + RUN + "')).length");
        if (((Number) bolds).intValue() > 0) {
            problems.add(path + ": a <b> was made of a stored text");
        }
        String shown = (String) js.executeScript("return document.body.innerText + '\\n' + Array.from(document.querySelectorAll("
                + "'input, textarea')).map(e => e.value).join('\\n') + '\\n' + Array.from(document.querySelectorAll('option'))"
                + ".map(o => o.textContent).join('\\n')");
        for (String text : texts) {
            if (!shown.contains(text)) {
                problems.add(path + ": does not show " + text);
            }
        }
        LOG.info("Checked " + path + " for " + texts.size() + " stored payloads");
        return problems;
    }

    private static void logIn(String user) {
        browser.manage().deleteAllCookies();
        browser.get(ItSupport.baseUri() + "/");
        waitFor(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(ItSupport.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("user-name"));
        assertEquals(user, browser.findElement(By.id("user-name")).getText());
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
}
