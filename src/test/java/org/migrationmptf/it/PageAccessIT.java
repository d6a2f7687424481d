package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.migrationmptf.it.ItSupport.as;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may open which staff page: the {@link #MATRIX table} below is the reference, as {@link AccessMatrixIT} is for
 * the API. Each page is opened (a plain GET after the login form, as a browser would) anonymously and as each demo
 * user, and the test fails with the list of every answer that differs from the table. The pages come from
 * {@code src/main/webapp}: a page missing from the table fails the test, and so does a row for a page that no
 * longer exists. Detail pages are opened on records found through the API; the programme (an approved one) and the
 * concept note (a submitted one) are IOM's, so that {@code unicef} is a focal point of another organisation.
 *
 * <p>Outcomes: {@code ok} the page (200), {@code login} sent to the login page (302), {@code 403} the role may not
 * open it (the error page), {@code 404} not the caller's to know about. Anything else (500, 400, ...) is never
 * expected and always reported.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessIT {

    static final List<String> CALLERS = AccessMatrixIT.CALLERS;

    //                       columns:      anon  fmu chair agent iom unicef donor auditor (as in CALLERS)
    private static final String EVERY_ROLE = "login ok  ok  ok  ok  ok  ok  ok ";
    /** The Steering Committee's and resource mobilisation's pages: the committee, FMU, agent and auditors. */
    private static final String COMMITTEE = "login ok  ok  ok  403 403 403 ok ";
    private static final String PROGRAMMING = "login ok  ok  403 ok  ok  403 ok ";
    /** A record of IOM's (a programme, a concept note): another organisation's focal point is told it is not found. */
    private static final String IOM_RECORD = "login ok  ok  403 ok  404 403 ok ";

    private static final Map<String, String> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("/index.xhtml", EVERY_ROLE);
        MATRIX.put("/history.xhtml?type=Agreement&id={agreement}", "login ok  403 403 403 403 403 ok ");
        MATRIX.put("/governance/fund.xhtml?code=MIG", EVERY_ROLE);
        MATRIX.put("/governance/organisations.xhtml", EVERY_ROLE);
        MATRIX.put("/governance/members.xhtml", COMMITTEE);
        MATRIX.put("/governance/meetings.xhtml", COMMITTEE);
        MATRIX.put("/governance/meeting.xhtml?id={meeting}", COMMITTEE);
        MATRIX.put("/governance/decisions.xhtml", COMMITTEE);
        MATRIX.put("/mobilisation/contributors.xhtml", COMMITTEE);
        MATRIX.put("/mobilisation/agreements.xhtml", COMMITTEE);
        MATRIX.put("/mobilisation/agreement.xhtml?fund=MIG&id={agreement}", COMMITTEE);
        MATRIX.put("/mobilisation/funding-status.xhtml", EVERY_ROLE);
        MATRIX.put("/programming/calls.xhtml", PROGRAMMING);
        MATRIX.put("/programming/call.xhtml?fund=MIG&id={call}", PROGRAMMING);
        MATRIX.put("/programming/notes.xhtml", PROGRAMMING);
        MATRIX.put("/programming/note.xhtml?fund=MIG&id={note}", IOM_RECORD);
        MATRIX.put("/programming/pipeline.xhtml", "login ok  ok  403 403 403 403 ok ");
        MATRIX.put("/programming/programmes.xhtml", EVERY_ROLE);
        MATRIX.put("/programming/programme.xhtml?id={programme}", "login ok  ok  ok  ok  404 ok  ok ");
        MATRIX.put("/monitoring/dashboard.xhtml", "login ok  ok  ok  403 403 ok  ok ");
        MATRIX.put("/monitoring/calendar.xhtml", "login ok  ok  ok  ok  ok  403 ok ");
        MATRIX.put("/reference/classifications.xhtml", EVERY_ROLE);
        MATRIX.put("/reference/countries.xhtml", EVERY_ROLE);
        MATRIX.put("/reference/objectives.xhtml", EVERY_ROLE);
        MATRIX.put("/reference/thematic-areas.xhtml", EVERY_ROLE);
    }

    /** Pages anyone may open, and the page templates: not in the table. */
    private static final Set<String> NOT_IN_THE_TABLE = Set.of("/login.xhtml", "/error.xhtml");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @Test
    void everyPageIsInTheTableAndEveryRowIsAPage() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        Set<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml"))
                    .map(p -> "/" + webapp.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("/templates/") && !p.startsWith("/WEB-INF/"))
                    .filter(p -> !NOT_IN_THE_TABLE.contains(p))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> rows = MATRIX.keySet().stream().map(PageAccessIT::pathOf)
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(pages.isEmpty(), "pages found under " + webapp.toAbsolutePath());
        assertEquals(pages, rows, "the table names every page, and only pages");
    }

    @Test
    void eachCallerOpensThePagesOfTheTableAndNoOthers() {
        Map<String, String> ids = demoRecords();
        Map<String, PageSecurityIT.Browser> browsers = new HashMap<>();
        for (String caller : CALLERS) {
            PageSecurityIT.Browser browser = new PageSecurityIT.Browser();
            if (!caller.equals("anonymous")) {
                HttpResponse<String> login = browser.logIn(caller);
                assertEquals(302, login.statusCode(), caller + " logs in");
                assertFalse(login.headers().firstValue("Location").orElse("").contains("failed"), caller + " logs in");
            }
            browsers.put(caller, browser);
        }
        List<String> differences = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, String> row : MATRIX.entrySet()) {
            String page = fill(row.getKey(), ids);
            String[] expected = row.getValue().trim().split("\\s+");
            assertEquals(CALLERS.size(), expected.length, "one outcome per caller in the row of " + row.getKey());
            for (int i = 0; i < CALLERS.size(); i++) {
                HttpResponse<String> answer = browsers.get(CALLERS.get(i)).get(page);
                calls++;
                String outcome = outcome(answer);
                if (!outcome.equals(expected[i])) {
                    differences.add(String.format("%-8s %s: expected %s, got %s", CALLERS.get(i), page, expected[i],
                            outcome));
                }
            }
        }
        assertEquals(MATRIX.size() * CALLERS.size(), calls);
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + calls + " page answers differ from the table:\n"
                    + String.join("\n", differences));
        }
    }

    private static String outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status == 302 && answer.headers().firstValue("Location").orElse("").contains("/login.xhtml")) {
            return "login";
        }
        if (status == 200) {
            return "ok";
        }
        return Integer.toString(status);
    }

    /**
     * Records of the demo fund that the callers who may open their pages see through the API (other tests leave
     * drafts and their own records behind): an agreement, a meeting, a call, and a concept note (submitted) and a
     * programme (approved) of IOM's that UNICEF's focal point does not see. The page must agree with the API.
     */
    private static Map<String, String> demoRecords() {
        Map<String, String> ids = new HashMap<>();
        ids.put("agreement", first(seenBy("/api/funds/MIG/agreements?size=200", "fmu", "chair", "agent", "auditor")));
        ids.put("meeting", first(seenBy("/api/funds/MIG/committee/meetings?size=200", "fmu", "chair", "agent",
                "auditor")));
        ids.put("call", first(seenBy("/api/funds/MIG/calls?size=200", "fmu", "chair", "iom", "unicef", "auditor")));
        ids.put("note", first(notUnicefs(seenBy("/api/concept-notes?fund=MIG&size=200", "iom", "fmu", "chair",
                "auditor"), "/api/concept-notes?fund=MIG&size=200")));
        ids.put("programme", first(notUnicefs(seenBy("/api/programmes?fund=MIG&size=200", "iom", "fmu", "chair",
                "agent", "donor", "auditor"), "/api/programmes?fund=MIG&size=200")));
        return ids;
    }

    /** The ids of the list that every one of {@code readers} sees. */
    private static List<Object> seenBy(String list, String... readers) {
        List<Object> seen = new ArrayList<>(as(readers[0]).get(list).jsonPath().getList("items.id"));
        for (String reader : readers) {
            seen.retainAll(as(reader).get(list).jsonPath().getList("items.id"));
        }
        assertFalse(seen.isEmpty(), String.join(", ", readers) + " all see a record of " + list);
        return seen;
    }

    private static List<Object> notUnicefs(List<Object> ids, String list) {
        List<Object> theirs = new ArrayList<>(ids);
        theirs.removeAll(as("unicef").get(list).jsonPath().getList("items.id"));
        assertFalse(theirs.isEmpty(), "a record of " + list + " that UNICEF's focal point does not see");
        return theirs;
    }

    private static String first(List<Object> ids) {
        return ids.get(0).toString();
    }

    private static String fill(String page, Map<String, String> ids) {
        String filled = page;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        assertFalse(filled.contains("{"), "every record of " + page + " found");
        return filled;
    }

    private static String pathOf(String row) {
        int query = row.indexOf('?');
        return query < 0 ? row : row.substring(0, query);
    }
}
