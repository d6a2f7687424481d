package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.migrationmptf.it.ItSupport.anonymous;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.it.ProgrammeLifecycleIT.Fund;

/**
 * Who may do what, for every endpoint of the API: the {@link #MATRIX table} below is the reference, the test calls
 * each endpoint as anonymous, as each demo role, and as the focal point of an organisation the records do not
 * belong to, and fails with the list of every call whose answer differs from the table. The endpoints come from the
 * OpenAPI document: an operation missing from the table (a new endpoint) fails the test, and so does a row for an
 * operation that no longer exists.
 *
 * <p>The records called on are created for the run: a fund with a committee, a held meeting and a decision, a
 * contributor with an agreement and a deposit, and a joint programme led by IOM with ILO (not UNICEF), active,
 * with its concept note, call, results framework, a progress and an expenditure report and a revision request.
 * The user {@code unicef} is therefore a focal point of another organisation: it must not see them.
 *
 * <p>Writes are sent with an empty JSON object ({@code {}}) and without an idempotency key, so an allowed caller
 * gets past the access checks and is then refused for the body (nothing is booked). Where the owner of a record is
 * checked after the body, a row carries a well-formed body instead (refused for the record's state, or changing only
 * this run's records). The few steps that take no body act on this run's records only, in states where repeating
 * them changes nothing that another row depends on.
 */
@ExtendWith(ArquillianExtension.class)
class AccessMatrixIT {

    /** The callers, in the order of the table's columns; {@code unicef} is the focal point of another organisation. */
    static final List<String> CALLERS = List.of("anonymous", "fmu", "chair", "agent", "iom", "unicef", "donor", "auditor");

    private static final LocalDate TODAY = LocalDate.now();
    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L, 36).toUpperCase(Locale.ROOT);
    /** This run's concept note (of the programme) and call, for the bodies that name them. */
    private static final long[] NOTE = new long[1];
    private static final long[] CALL = new long[1];

    /*
     * The outcome classes of a call:
     *   ok   the caller got past every access check: 2xx, or 400/409/422 for the deliberately empty body or a step
     *        the record's state does not allow (the refusal is about the request, not about who sent it)
     *   401  not logged in
     *   403  the role may not do this (or, for a contributor or focal point, not on this record)
     *   404  the record is not the caller's to know about (another organisation's, a draft the caller may not see)
     * Any other answer (405, 415, 500 ...) is never expected and is always reported.
     */
    //                 columns:           anon fmu chair agent iom unicef donor auditor (as in CALLERS)
    private static final String ALL = "401 ok  ok  ok  ok  ok  ok  ok ";
    private static final String FMU = "401 ok  403 403 403 403 403 403";
    private static final String AGENT = "401 403 403 ok  403 403 403 403";
    private static final String FMU_AND_CHAIR = "401 ok  ok  403 403 403 403 403";
    /** The Steering Committee's records: the committee, the FMU, the Administrative Agent and auditors. */
    private static final String COMMITTEE_READERS = "401 ok  ok  ok  403 403 403 ok ";
    /** Money of the fund: as the committee's records, and contributors read the fund-wide status. */
    private static final String MONEY_READERS = "401 ok  ok  ok  403 403 ok  ok ";
    /** Another organisation's programme: everyone who reads programmes, except the other organisation's focal point. */
    private static final String PROGRAMME_READERS = "401 ok  ok  ok  ok  404 ok  ok ";
    /** A step of the lead organisation's focal point on its programme or note. */
    private static final String LEAD_FOCAL_POINT = "401 403 403 403 ok  404 403 403";
    private static final String FMU_OR_LEAD_FOCAL_POINT = "401 ok  403 403 ok  404 403 403";

    /**
     * THE ACCESS TABLE. One row per endpoint (method and path as in the OpenAPI document), then the expected outcome
     * for each caller, in the order of {@link #CALLERS}: anonymous, fmu, chair, agent, iom, unicef (another
     * organisation's focal point), donor, auditor; the common rows are the constants above.
     *
     * A row may name a variant: the same endpoint on another record (e.g. a draft concept note, the donor's own
     * contributor record).
     */
    static final List<Row> MATRIX = List.of(
            // Governance: funds, thematic areas (every role reads the funds; the FMU writes)
            row("GET    /api/funds", ALL),
            row("POST   /api/funds", FMU),
            row("GET    /api/funds/{code}", ALL),
            row("PUT    /api/funds/{code}", FMU),
            row("GET    /api/funds/{code}/thematic-areas", ALL),
            row("POST   /api/funds/{code}/thematic-areas", FMU),
            row("PUT    /api/funds/{code}/thematic-areas/{number}", FMU),
            row("PUT    /api/funds/{code}/objectives/{objective}/area", FMU),
            // The Steering Committee (the FMU runs it; the chair records decisions)
            row("GET    /api/funds/{code}/committee/members", COMMITTEE_READERS),
            row("POST   /api/funds/{code}/committee/members", FMU),
            row("PUT    /api/funds/{code}/committee/members/{id}", FMU),
            row("GET    /api/funds/{code}/committee/meetings", COMMITTEE_READERS),
            row("POST   /api/funds/{code}/committee/meetings", FMU),
            row("GET    /api/funds/{code}/committee/meetings/{id}", COMMITTEE_READERS),
            row("PUT    /api/funds/{code}/committee/meetings/{id}", FMU),
            row("PUT    /api/funds/{code}/committee/meetings/{id}/attendance", FMU),
            row("POST   /api/funds/{code}/committee/meetings/{id}/held", FMU),
            row("POST   /api/funds/{code}/committee/meetings/{id}/minutes-approval", FMU),
            row("POST   /api/funds/{code}/committee/meetings/{id}/decisions", FMU_AND_CHAIR),
            row("GET    /api/funds/{code}/decisions", COMMITTEE_READERS),
            row("GET    /api/funds/{code}/decisions/export.csv", COMMITTEE_READERS),
            row("GET    /api/funds/{code}/decisions/{id}", COMMITTEE_READERS),
            row("PUT    /api/funds/{code}/decisions/{id}", FMU_AND_CHAIR),
            // Participating organisations (every role reads them; a focal point sees its own organisation's focal points)
            row("GET    /api/organisations", ALL),
            row("POST   /api/organisations", FMU),
            row("GET    /api/organisations/{acronym}", ALL),
            row("PUT    /api/organisations/{acronym}", FMU),
            row("GET    /api/organisations/{acronym}/focal-points", "401 ok  403 403 ok  403 403 ok "),
            row("POST   /api/organisations/{acronym}/focal-points", FMU),
            // Reference data: every role
            row("GET    /api/reference/gcm-objectives", ALL),
            row("GET    /api/reference/thematic-areas", ALL),
            row("GET    /api/reference/guiding-principles", ALL),
            row("GET    /api/reference/markers", ALL),
            row("GET    /api/reference/sdg-indicators", ALL),
            row("GET    /api/reference/budget-categories", ALL),
            row("GET    /api/reference/countries", ALL),
            row("GET    /api/reference/countries/{code}", ALL),
            // Platform: the history of a record (auditors, the FMU), who am I, the installation
            row("GET    /api/audit/{type}/{id}", "401 ok  403 403 403 403 403 ok "),
            row("GET    /api/system/me", ALL),
            row("GET    /api/system/installation", "401 ok  403 403 403 403 403 ok "),

            // Resource mobilisation: the Administrative Agent records money, the FMU commits, a contributor reads
            // its own agreements and statement and the fund-wide funding status
            row("GET    /api/contributors", COMMITTEE_READERS),
            row("POST   /api/contributors", "401 ok  403 ok  403 403 403 403"),
            row("GET    /api/contributors/{id}", "401 ok  ok  ok  403 403 403 ok "),
            row("GET    /api/contributors/{id}", "401 ok  ok  ok  403 403 ok  ok ", "own"),
            row("GET    /api/contributors/{id}/statement", "401 ok  ok  ok  403 403 403 ok "),
            row("GET    /api/contributors/{id}/statement", "401 ok  ok  ok  403 403 ok  ok ", "own"),
            row("GET    /api/funds/{code}/agreements", MONEY_READERS),
            row("GET    /api/funds/{code}/agreements/{id}", COMMITTEE_READERS),
            row("GET    /api/funds/{code}/agreements/{id}", MONEY_READERS, "own"),
            row("POST   /api/funds/{code}/agreements", AGENT),
            row("POST   /api/funds/{code}/deposits/preview", AGENT),
            row("POST   /api/funds/{code}/deposits", AGENT),
            row("GET    /api/funds/{code}/ledger", COMMITTEE_READERS),
            row("POST   /api/funds/{code}/ledger", AGENT),
            row("POST   /api/funds/{code}/ledger/{id}/reversal", AGENT),
            row("GET    /api/funds/{code}/availability", COMMITTEE_READERS),
            row("POST   /api/funds/{code}/commitments", FMU),
            row("POST   /api/funds/{code}/transfers", AGENT),
            row("POST   /api/funds/{code}/refunds-from-organisations", AGENT),
            row("GET    /api/funds/{code}/funding-status", MONEY_READERS),

            // Programming: calls (every role reads them), concept notes (focal points draft their organisation's;
            // the FMU, the committee and auditors read all but the committee not drafts)
            row("GET    /api/funds/{code}/calls", ALL),
            row("POST   /api/funds/{code}/calls", FMU),
            row("GET    /api/funds/{code}/calls/{id}", ALL),
            // a call the FMU has not opened yet is its draft: the committee and auditors see it, no one else
            row("GET    /api/funds/{code}/calls/{id}", "401 ok  ok  404 404 404 404 ok ", "draft"),
            row("POST   /api/funds/{code}/calls/{id}/open", FMU),
            row("POST   /api/funds/{code}/calls/{id}/close", FMU),
            row("POST   /api/funds/{code}/calls/{id}/decide", FMU),
            row("GET    /api/funds/{code}/calls/{id}/review-board", "401 ok  ok  403 403 403 403 ok "),
            row("GET    /api/funds/{code}/pipeline", "401 ok  ok  403 403 403 403 ok "),
            row("GET    /api/concept-notes", "401 ok  ok  403 ok  ok  403 ok "),
            row("POST   /api/concept-notes", "401 403 403 403 ok  ok  403 403"),
            row("GET    /api/concept-notes/{id}", "401 ok  ok  403 ok  404 403 ok "),
            row("GET    /api/concept-notes/{id}", "401 ok  404 403 ok  404 403 ok ", "draft"),
            row("PUT    /api/concept-notes/{id}", LEAD_FOCAL_POINT).with(AccessMatrixIT::note),
            row("PUT    /api/concept-notes/{id}", LEAD_FOCAL_POINT, "draft").with(AccessMatrixIT::note),
            row("GET    /api/concept-notes/{id}/screening", "401 ok  ok  403 ok  404 403 ok "),
            row("POST   /api/concept-notes/{id}/submit", LEAD_FOCAL_POINT),
            row("GET    /api/concept-notes/{id}/reviews", "401 ok  ok  403 403 403 403 ok "),
            row("POST   /api/concept-notes/{id}/reviewers", FMU),
            row("POST   /api/concept-notes/{id}/reviews", FMU_AND_CHAIR),
            row("POST   /api/concept-notes/{id}/endorse", FMU_AND_CHAIR),
            row("POST   /api/concept-notes/{id}/reject", FMU_AND_CHAIR),
            row("POST   /api/concept-notes/{id}/invite", FMU),
            // Joint programmes: every role reads those it may see (contributors the approved ones); the lead
            // organisation's focal point drafts; the FMU approves and changes status; the Agent moves money
            row("GET    /api/programmes", ALL),
            row("POST   /api/programmes", "401 403 403 403 ok  ok  403 403"),
            row("GET    /api/programmes/{id}", PROGRAMME_READERS),
            row("PUT    /api/programmes/{id}", LEAD_FOCAL_POINT).with(() -> Map.of("conceptNoteId", NOTE[0],
                    "title", "Programme " + RUN, "startsOn", TODAY.minusYears(1).toString(), "endsOn", TODAY.toString())),
            row("PUT    /api/programmes/{id}/budget", LEAD_FOCAL_POINT).with(() -> Map.of("lines", budget())),
            row("POST   /api/programmes/{id}/budget/check", PROGRAMME_READERS).with(() -> Map.of("lines", budget())),
            row("POST   /api/programmes/{id}/submit", LEAD_FOCAL_POINT),
            row("POST   /api/programmes/{id}/return", FMU),
            row("POST   /api/programmes/{id}/approve", FMU),
            row("GET    /api/programmes/{id}/transfers", PROGRAMME_READERS),
            row("POST   /api/programmes/{id}/transfers", AGENT),
            row("GET    /api/programmes/{id}/revisions", PROGRAMME_READERS),
            row("POST   /api/programmes/{id}/revisions", FMU_OR_LEAD_FOCAL_POINT).with(AccessMatrixIT::revision),
            row("POST   /api/programmes/{id}/revisions/{revision}/approve", FMU),
            row("POST   /api/programmes/{id}/revisions/{revision}/refuse", FMU),
            row("POST   /api/programmes/{id}/final-expenditure", FMU_OR_LEAD_FOCAL_POINT).with(() -> Map.of(
                    "organisation", "IOM", "amount", Map.of("amount", "0", "currency", "USD"))),
            row("POST   /api/programmes/{id}/refunds", AGENT),
            row("POST   /api/programmes/{id}/close", FMU),
            row("POST   /api/programmes/{id}/suspend", FMU),
            row("POST   /api/programmes/{id}/resume", FMU),
            row("POST   /api/programmes/{id}/cancel", FMU),

            // Monitoring: a focal point reports for its own organisation, the FMU accepts or returns; results and
            // reports of approved programmes are read by all who read the programme
            row("GET    /api/programmes/{id}/results-framework", PROGRAMME_READERS),
            row("PUT    /api/programmes/{id}/results-framework", FMU_OR_LEAD_FOCAL_POINT).with(AccessMatrixIT::framework),
            row("GET    /api/programmes/{id}/progress-reports", PROGRAMME_READERS),
            // (a period in the next century: refused after the access checks)
            row("POST   /api/programmes/{id}/progress-reports", LEAD_FOCAL_POINT).with(() -> progress("2101")),
            row("GET    /api/programmes/{id}/progress-reports/{report}", PROGRAMME_READERS),
            row("POST   /api/programmes/{id}/progress-reports/{report}/review", FMU),
            row("GET    /api/programmes/{id}/expenditure-reports", PROGRAMME_READERS),
            // (more than IOM received: refused after the access checks)
            row("POST   /api/programmes/{id}/expenditure-reports", LEAD_FOCAL_POINT).with(() -> expenditure("99999999")),
            row("POST   /api/programmes/{id}/expenditure-reports/{report}/review", FMU),
            row("GET    /api/funds/{code}/reporting-calendar", "401 ok  ok  ok  ok  ok  403 ok "),
            row("GET    /api/funds/{code}/dashboard", MONEY_READERS),
            row("GET    /api/funds/{code}/exports/annual-report.pdf", MONEY_READERS),
            row("GET    /api/funds/{code}/exports/iati.xml", MONEY_READERS));



    /** What each path parameter is, by the path segment before it: {@code calls/{id}} is this run's call, etc. */
    private static final Map<String, String> RECORDS = new HashMap<>();
    /** Per variant, the path parameters that differ. */
    private static final Map<String, Map<String, String>> VARIANTS = new HashMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /**
     * One endpoint and what each caller gets; writes send {@code {}}, or the body given with {@link #with}: a body
     * well-formed enough to reach the record's owner check (a focal point of another organisation must get 404 for
     * the record, not 400 for the body), refused after it for this run's records or changing only them.
     */
    record Row(String method, String path, List<String> expected, String variant, Supplier<Object> body) {

        Row with(Supplier<Object> requestBody) {
            return new Row(method, path, expected, variant, requestBody);
        }

        String operation() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return operation() + (variant == null ? "" : " (" + variant + ")");
        }
    }

    static Row row(String operation, String expected) {
        return row(operation, expected, null);
    }

    static Row row(String operation, String expected, String variant) {
        String[] parts = operation.strip().split("\\s+");
        List<String> outcomes = List.of(expected.strip().split("\\s+"));
        if (parts.length != 2 || outcomes.size() != CALLERS.size()) {
            throw new IllegalArgumentException("A row is a method, a path and one outcome per caller: " + operation);
        }
        return new Row(parts[0], parts[1], outcomes, variant, () -> Map.of());
    }

    /** The records the table's calls act on, all this run's own except the demo organisations and the donor. */
    @BeforeAll
    static void records() {
        Fund fund = ProgrammeLifecycleIT.fund("ACM", "1000000.00");
        long programme = activeProgramme(fund);
        JsonPath view = as("fmu").get("/api/programmes/" + programme).then().statusCode(200).extract().jsonPath();
        long note = view.getLong("conceptNoteId");
        long call = as("fmu").get("/api/concept-notes/" + note).then().statusCode(200).extract().jsonPath().getLong("callId");
        NOTE[0] = note;
        CALL[0] = call;
        long draft = id(as("iom").contentType(ContentType.JSON).body(note()).post("/api/concept-notes"));
        long draftCall = id(as("fmu").contentType(ContentType.JSON)
                .body(Map.of("title", "Next call " + RUN, "opensOn", TODAY.plusDays(30).toString(),
                        "closesOn", TODAY.plusDays(60).toString(), "scopes", List.of("NATIONAL"),
                        "thematicAreas", List.of(4), "budgetCeiling", Map.of("amount", "500000", "currency", "USD")))
                .post("/api/funds/" + fund.code() + "/calls"));

        String url = "/api/programmes/" + programme;
        as("iom").contentType(ContentType.JSON).body(framework()).put(url + "/results-framework").then().statusCode(200);
        long progress = id(as("iom").contentType(ContentType.JSON)
                .body(progress(String.valueOf(TODAY.getYear() - 1))).post(url + "/progress-reports"));
        long expenditure = id(as("iom").contentType(ContentType.JSON).body(expenditure("1000"))
                .post(url + "/expenditure-reports"));
        long revision = id(as("iom").contentType(ContentType.JSON).body(revision()).post(url + "/revisions"));

        int meeting = GovernanceApiIT.heldMeeting(fund.code(), fund.members());
        long decision = fund.decision("OTHER", "JOINT_PROGRAMME", programme, null);
        JsonPath agreements = as("agent").get("/api/funds/" + fund.code() + "/agreements").then().statusCode(200)
                .extract().jsonPath();
        long agreement = agreements.getLong("items[0].id");
        long contributor = agreements.getLong("items[0].contributorId");
        long journal = as("agent").get("/api/funds/" + fund.code() + "/ledger").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        // The donor's own contributor (Government of Norway in the demo data) and agreement, in the demo fund.
        JsonPath owned = as("donor").get("/api/funds/MIG/agreements").then().statusCode(200).extract().jsonPath();

        RECORDS.put("funds/{code}", fund.code());
        RECORDS.put("countries/{code}", "MEX");
        RECORDS.put("thematic-areas/{number}", "1");
        RECORDS.put("objectives/{objective}", "6");
        RECORDS.put("members/{id}", String.valueOf(fund.members().get(0)));
        RECORDS.put("meetings/{id}", String.valueOf(meeting));
        RECORDS.put("decisions/{id}", String.valueOf(decision));
        RECORDS.put("organisations/{acronym}", "IOM");
        RECORDS.put("audit/{type}", "Decision");
        RECORDS.put("{type}/{id}", String.valueOf(decision));
        RECORDS.put("contributors/{id}", String.valueOf(contributor));
        RECORDS.put("agreements/{id}", String.valueOf(agreement));
        RECORDS.put("ledger/{id}", String.valueOf(journal));
        RECORDS.put("calls/{id}", String.valueOf(call));
        RECORDS.put("concept-notes/{id}", String.valueOf(note));
        RECORDS.put("programmes/{id}", String.valueOf(programme));
        RECORDS.put("revisions/{revision}", String.valueOf(revision));
        RECORDS.put("progress-reports/{report}", String.valueOf(progress));
        RECORDS.put("expenditure-reports/{report}", String.valueOf(expenditure));
        VARIANTS.put("draft", Map.of("concept-notes/{id}", String.valueOf(draft), "calls/{id}", String.valueOf(draftCall)));
        VARIANTS.put("own", Map.of("contributors/{id}", owned.getString("items[0].contributorId"),
                "funds/{code}", "MIG", "agreements/{id}", owned.getString("items[0].id")));
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheTableSays() {
        List<String> differences = new ArrayList<>();
        int calls = 0;
        for (Row row : MATRIX) {
            String path = resolve(row);
            for (int i = 0; i < CALLERS.size(); i++) {
                String caller = CALLERS.get(i);
                Response response = call(caller, row.method(), path, row.body().get());
                calls++;
                String outcome = outcome(response.statusCode());
                if (!outcome.equals(row.expected().get(i))) {
                    differences.add(String.format("%-70s as %-9s expected %-3s got %d %s", row, caller,
                            row.expected().get(i), response.statusCode(), detail(response)));
                }
            }
        }
        if (!differences.isEmpty()) {
            fail(differences.size() + " of " + calls + " calls differ from the access table:\n"
                    + String.join("\n", differences));
        }
    }

    @Test
    void theTableHasOneRowForEveryOperationOfTheApiAndNoOther() {
        JsonPath openapi = anonymous().accept(ContentType.JSON).queryParam("format", "json").get("/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        Set<String> tabled = new TreeSet<>();
        MATRIX.forEach(r -> tabled.add(r.operation()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(tabled);
        Set<String> stale = new TreeSet<>(tabled);
        stale.removeAll(documented);
        assertTrue(documented.size() > 100, "the OpenAPI document lists the API: " + documented.size() + " operations");
        assertEquals("", (missing.isEmpty() ? "" : "operations missing from the access table: " + missing)
                + (stale.isEmpty() ? "" : " rows for operations the API does not have: " + stale));
    }

    /**
     * What the table cannot say: lists answer everyone 200, and must leave out what the caller may not see (another
     * organisation's records, drafts of others).
     */
    @Test
    void listsLeaveOutWhatTheCallerMayNotSee() {
        String fund = RECORDS.get("funds/{code}");
        long programme = Long.parseLong(RECORDS.get("programmes/{id}"));
        long note = Long.parseLong(RECORDS.get("concept-notes/{id}"));
        long draftNote = Long.parseLong(VARIANTS.get("draft").get("concept-notes/{id}"));
        long draftCall = Long.parseLong(VARIANTS.get("draft").get("calls/{id}"));
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        Map<String, List<Long>> seen = new LinkedHashMap<>();
        for (String caller : List.of("fmu", "chair", "agent", "iom", "unicef", "donor", "auditor")) {
            seen.put(caller + " calls", ids(caller, "/api/funds/" + fund + "/calls", Map.of()));
            expected.put(caller + " calls", Set.of("fmu", "chair", "auditor").contains(caller)
                    ? List.of(draftCall) : List.of());
            seen.put(caller + " programmes", ids(caller, "/api/programmes", Map.of("fund", fund)));
            expected.put(caller + " programmes", "unicef".equals(caller) ? List.of() : List.of(programme));
            if (!Set.of("agent", "donor").contains(caller)) {
                seen.put(caller + " concept notes", ids(caller, "/api/concept-notes", Map.of("fund", fund)));
                expected.put(caller + " concept notes", switch (caller) {
                    case "unicef" -> List.of();
                    case "chair" -> List.of(note);
                    default -> List.of(note, draftNote);
                });
            }
        }
        // The calls list also holds this run's open call, which everyone sees: only the draft is compared.
        seen.replaceAll((list, ids) -> list.endsWith(" calls") ? ids.stream().filter(id -> id == draftCall).toList()
                : ids.stream().filter(id -> id == programme || id == note || id == draftNote).sorted().toList());
        expected.replaceAll((list, ids) -> ids.stream().sorted().toList());
        assertEquals(expected.toString(), seen.toString());
    }

    private static List<Long> ids(String caller, String path, Map<String, Object> query) {
        JsonPath page = as(caller).queryParams(query).queryParam("size", 100).get(path).then().statusCode(200)
                .extract().jsonPath();
        assertTrue(page.getInt("totalPages") <= 1, path + " as " + caller + " fits one page of 100");
        return page.getList("items.id", Number.class).stream().map(Number::longValue).toList();
    }

    /** Every column of every row is one of the outcome classes, and anonymous callers are always turned away. */
    @Test
    void theTableOnlyUsesTheOutcomeClasses() {
        for (Row row : MATRIX) {
            assertEquals("401", row.expected().get(0), row + ": the API wants a user");
            assertTrue(Set.of("ok", "401", "403", "404").containsAll(row.expected()), row.toString());
        }
    }

    static String outcome(int status) {
        if (status >= 200 && status < 300 || status == 400 || status == 409 || status == 422) {
            return "ok";
        }
        return String.valueOf(status);
    }

    private static String resolve(Row row) {
        Map<String, String> records = new HashMap<>(RECORDS);
        if (row.variant() != null) {
            records.putAll(VARIANTS.get(row.variant()));
        }
        String[] segments = row.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.startsWith("{")) {
                String value = records.get(segments[i - 1] + "/" + segment);
                if (value == null) {
                    throw new IllegalStateException("No record for " + segments[i - 1] + "/" + segment + " in " + row);
                }
                segment = value;
            }
            path.append('/').append(segment);
        }
        return path.toString();
    }

    private static Response call(String caller, String method, String path, Object body) {
        RequestSpecification request = "anonymous".equals(caller) ? anonymous() : as(caller);
        if (path.endsWith("/annual-report.pdf")) {
            request = request.queryParam("year", TODAY.getYear() - 1);
        }
        if (!"GET".equals(method)) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.request(method, path);
    }

    private static String detail(Response response) {
        String body = response.asString();
        if (body == null) {
            return "";
        }
        body = body.replaceAll("\\s+", " ");
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }

    private static long id(Response response) {
        return ((Number) response.then().statusCode(201).extract().path("id")).longValue();
    }

    /** An active programme led by IOM with ILO (UNICEF takes no part): approved, and its first transfer made. */
    private static long activeProgramme(Fund fund) {
        long programme = ProgrammeLifecycleIT.submittedProgramme(fund, budget(), List.of("ILO"));
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "160500");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(200);
        long instruction = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "160500");
        ProgrammeLifecycleIT.transfer(programme, "acm1-" + programme, "IOM", instruction, "107000").then().statusCode(201);
        return programme;
    }

    /** A concept note of IOM with ILO in this run's call (what the draft is created with, and edited to). */
    private static Map<String, Object> note() {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("callId", CALL[0]);
        note.put("title", "Draft of IOM " + RUN);
        note.put("summary", "A draft nobody outside IOM and ILO may read.");
        note.put("scope", "NATIONAL");
        note.put("thematicArea", 4);
        note.put("requestedBudget", Map.of("amount", "100000", "currency", "USD"));
        note.put("durationMonths", 12);
        note.put("genderMarker", 1);
        note.put("humanRightsMarker", 1);
        note.put("childMarker", 1);
        note.put("organisations", List.of("ILO"));
        note.put("countries", List.of("MEX"));
        note.put("objectives", List.of(6));
        note.put("principles", List.of(1));
        return note;
    }

    /** IOM 100,000 direct + 7,000 ISC, ILO 50,000 + 3,500: 160,500. */
    private static List<Map<String, Object>> budget() {
        return List.of(ProgrammeLifecycleIT.line("IOM", "1", "100000"), ProgrammeLifecycleIT.line("IOM", "ISC", "7000"),
                ProgrammeLifecycleIT.line("ILO", "1", "50000"), ProgrammeLifecycleIT.line("ILO", "ISC", "3500"));
    }

    private static Map<String, Object> revision() {
        return Map.of("kind", "NO_COST_EXTENSION", "justification", "Visa delays", "endsOn", TODAY.plusMonths(6).toString());
    }

    private static Map<String, Object> progress(String period) {
        return Map.of("period", period, "narrative", Map.of("SUMMARY", "A year of work."),
                "actuals", List.of(Map.of("indicator", "I1", "value", 10)));
    }

    private static Map<String, Object> expenditure(String amount) {
        return Map.of("organisation", "IOM", "year", TODAY.getYear() - 1, "last", false,
                "lines", List.of(Map.of("category", "1", "amount", amount)));
    }

    static Map<String, Object> framework() {
        return Map.of("outcomes", List.of(Map.of("code", "O1", "statement", "Migrant workers are recruited fairly",
                "indicators", List.of(Map.of("code", "I1", "title", "Workers placed through fair recruitment",
                        "unit", "people", "measure", "NUMBER", "baseline", 0, "baselineYear", TODAY.getYear() - 1,
                        "target", 500, "disaggregations", List.of("SEX"), "gcmObjectives", List.of(6),
                        "sdgIndicators", List.of("10.7.1"))), "outputs", List.of())));
    }
}
