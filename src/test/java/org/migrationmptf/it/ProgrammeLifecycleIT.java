package org.migrationmptf.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A joint programme from the call for concept notes to financial closure through the API, with the funding status
 * checked at each money step; approval refused when the pools are short; tranches never beyond a share, even when
 * they arrive together; who sees which programme; bad input.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeLifecycleIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L, 36).toUpperCase();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /** A fund with a committee and 1,000,000 USD deposited unearmarked (990,000 after the 1% fee). */
    record Fund(String code, List<Integer> members) {

        long decision(String type, String recordType, long record, String amount) {
            int meeting = GovernanceApiIT.heldMeeting(code, members);
            Map<String, Object> body = new HashMap<>();
            body.put("type", type);
            body.put("title", type + " " + recordType + " " + record);
            body.put("text", "The Steering Committee decides.");
            body.put("effectiveOn", TODAY.toString());
            if (amount != null) {
                body.put("amount", Map.of("amount", amount, "currency", "USD"));
            }
            body.put("subjects", List.of(Map.of("recordType", recordType, "recordId", record)));
            return ((Number) as("fmu").contentType(ContentType.JSON).body(body)
                    .post("/api/funds/" + code + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201)
                    .extract().path("id")).longValue();
        }

        JsonPath status() {
            return as("chair").get("/api/funds/" + code + "/funding-status").then().statusCode(200).extract().jsonPath();
        }
    }

    static Fund fund(String prefix, String deposit) {
        String code = prefix + RUN;
        List<Integer> members = GovernanceApiIT.fundWithCommittee(code);
        if (deposit != null) {
            long contributor = ((Number) as("agent").contentType(ContentType.JSON)
                    .body(Map.of("name", "Government of " + code, "type", "GOVERNMENT", "countryCode", "NOR"))
                    .post("/api/contributors").then().statusCode(201).extract().path("id")).longValue();
            long agreement = ((Number) as("agent").contentType(ContentType.JSON)
                    .body(Map.of("contributorId", contributor, "reference", "SAA-" + code, "signedOn", "2025-01-01",
                            "total", Map.of("amount", deposit, "currency", "USD"), "earmarkKind", "UNEARMARKED",
                            "instalments", List.of(Map.of("dueOn", "2025-01-15",
                                    "amount", Map.of("amount", deposit, "currency", "USD")))))
                    .post("/api/funds/" + code + "/agreements").then().statusCode(201).extract().path("id")).longValue();
            as("agent").header("Idempotency-Key", "deposit-" + code).contentType(ContentType.JSON)
                    .body(Map.of("agreementId", agreement, "valueDate", TODAY.toString(),
                            "amount", Map.of("amount", deposit, "currency", "USD"), "exchangeRate", "1"))
                    .post("/api/funds/" + code + "/deposits").then().statusCode(201);
        }
        return new Fund(code, members);
    }

    private static long openCall(Fund fund) {
        long call = ((Number) as("fmu").contentType(ContentType.JSON)
                .body(Map.of("title", "Call " + fund.code(), "opensOn", TODAY.minusDays(1).toString(),
                        "closesOn", TODAY.plusDays(30).toString(), "scopes", List.of("NATIONAL", "REGIONAL"),
                        "thematicAreas", List.of(4), "budgetCeiling", Map.of("amount", "500000", "currency", "USD")))
                .post("/api/funds/" + fund.code() + "/calls").then().statusCode(201).extract().path("id")).longValue();
        as("fmu").post("/api/funds/" + fund.code() + "/calls/" + call + "/open").then().statusCode(200);
        return call;
    }

    private static long submittedNote(long call, List<String> partners) {
        Map<String, Object> note = new HashMap<>();
        note.put("callId", call);
        note.put("title", "Fair recruitment corridor " + call);
        note.put("summary", "Joint work on fair recruitment between two countries.");
        note.put("scope", "NATIONAL");
        note.put("thematicArea", 4);
        note.put("requestedBudget", Map.of("amount", "300000", "currency", "USD"));
        note.put("durationMonths", 24);
        note.put("genderMarker", 2);
        note.put("humanRightsMarker", 2);
        note.put("childMarker", 1);
        note.put("organisations", partners);
        note.put("countries", List.of("MEX"));
        note.put("objectives", List.of(6));
        note.put("principles", List.of(1, 7));
        long id = ((Number) as("iom").contentType(ContentType.JSON).body(note).post("/api/concept-notes")
                .then().statusCode(201).extract().path("id")).longValue();
        as("iom").post("/api/concept-notes/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        return id;
    }

    /** A note endorsed by decision and invited. */
    private static long invitedNote(Fund fund, long call, List<String> partners) {
        long note = submittedNote(call, partners);
        long endorsement = fund.decision("ENDORSE_PIPELINE", "CONCEPT_NOTE", note, null);
        as("chair").contentType(ContentType.JSON).body(Map.of("decisionId", endorsement))
                .post("/api/concept-notes/" + note + "/endorse").then().statusCode(200).body("status", equalTo("PIPELINE"));
        as("fmu").post("/api/concept-notes/" + note + "/invite").then().statusCode(200).body("status", equalTo("INVITED"));
        return note;
    }

    static Map<String, Object> line(String organisation, String category, String amount) {
        return Map.of("organisation", organisation, "category", category, "amount", amount);
    }

    /** IOM 150,000 direct + 10,500 ISC (7%), UNICEF 100,000 direct + 7,000 ISC: 267,500. */
    static List<Map<String, Object>> budget() {
        return List.of(line("IOM", "1", "100000"), line("IOM", "4", "50000"), line("IOM", "ISC", "10500"),
                line("UNICEF", "1", "100000"), line("UNICEF", "ISC", "7000"));
    }

    static long submittedProgramme(Fund fund, List<Map<String, Object>> budget, List<String> partners) {
        long note = invitedNote(fund, openCall(fund), partners);
        long programme = ((Number) as("iom").contentType(ContentType.JSON)
                .body(Map.of("conceptNoteId", note, "title", "Programme of note " + note,
                        "startsOn", TODAY.minusYears(1).toString(), "endsOn", TODAY.toString()))
                .post("/api/programmes").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("countries", hasItem("MEX")).body("regions", hasItem("Americas"))
                .extract().path("id")).longValue();
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", budget))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(200);
        as("iom").post("/api/programmes/" + programme + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
        return programme;
    }

    /** IOM and UNICEF with {@link #budget()}, approved by a decision allocating all of it (267,500). */
    static long approvedProgramme(Fund fund) {
        long programme = submittedProgramme(fund, budget(), List.of("UNICEF"));
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "267500");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(200);
        return programme;
    }

    static Response transfer(long programme, String key, String organisation, long decision, String amount) {
        return as("agent").header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("organisation", organisation, "decisionId", decision,
                        "amount", Map.of("amount", amount, "currency", "USD")))
                .post("/api/programmes/" + programme + "/transfers");
    }

    @Test
    void aProgrammeGoesFromTheCallToFinancialClosureAndTheFundingStatusFollowsEachMoneyStep() {
        Fund fund = fund("LIF", "1000000.00");
        assertEquals("990000.00", fund.status().getString("balanceWithAdministrativeAgent.amount"));
        long call = openCall(fund);
        long note = submittedNote(call, List.of("UNICEF"));

        // Review: the FMU assigns two reviewers, both score, the board ranks the note.
        as("fmu").contentType(ContentType.JSON).body(Map.of("reviewers", List.of("fmu", "chair")))
                .post("/api/concept-notes/" + note + "/reviewers").then().statusCode(200).body("pending", equalTo(2));
        as("iom").contentType(ContentType.JSON).body(Map.of("quality", 5, "principles", 5, "markers", 5, "balance", 5))
                .post("/api/concept-notes/" + note + "/reviews").then().statusCode(403);
        as("fmu").contentType(ContentType.JSON).body(Map.of("quality", 4, "principles", 3, "markers", 4, "balance", 4,
                "comment", "Strong partnership")).post("/api/concept-notes/" + note + "/reviews").then().statusCode(200)
                .body("averageScore", equalTo("3.75")).body("pending", equalTo(1));
        as("chair").contentType(ContentType.JSON).body(Map.of("quality", 5, "principles", 4, "markers", 4, "balance", 4))
                .post("/api/concept-notes/" + note + "/reviews").then().statusCode(200)
                .body("averageScore", equalTo("4.00")).body("pending", equalTo(0));
        as("chair").get("/api/funds/" + fund.code() + "/calls/" + call + "/review-board").then().statusCode(200)
                .body("notes[0].id", equalTo((int) note)).body("notes[0].rank", equalTo(1))
                .body("notes[0].averageScore", equalTo("4.00")).body("available.amount", equalTo("990000.00"));

        // The committee endorses it into the pipeline; the FMU invites it (990,000 available covers 300,000).
        long endorsement = fund.decision("ENDORSE_PIPELINE", "CONCEPT_NOTE", note, null);
        long unrelated = fund.decision("ENDORSE_PIPELINE", "CONCEPT_NOTE", note + 100000, null);
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", unrelated))
                .post("/api/concept-notes/" + note + "/endorse").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("decisionId"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", endorsement))
                .post("/api/concept-notes/" + note + "/endorse").then().statusCode(200)
                .body("status", equalTo("PIPELINE")).body("decisionId", equalTo((int) endorsement));
        as("chair").get("/api/funds/" + fund.code() + "/pipeline").then().statusCode(200)
                .body("notes[0].id", equalTo((int) note)).body("notes[0].covered", equalTo(true))
                .body("total.amount", equalTo("300000.00"));
        as("fmu").post("/api/concept-notes/" + note + "/invite").then().statusCode(200).body("status", equalTo("INVITED"));

        // The lead drafts the document; the budget's indirect costs are checked against the 7% cap.
        long programme = ((Number) as("iom").contentType(ContentType.JSON)
                .body(Map.of("conceptNoteId", note, "title", "Fair recruitment, Mexico",
                        "startsOn", TODAY.minusYears(1).toString(), "endsOn", TODAY.toString()))
                .post("/api/programmes").then().statusCode(201).extract().path("id")).longValue();
        List<Map<String, Object>> tooMuchOverhead = new ArrayList<>(budget());
        tooMuchOverhead.set(2, line("IOM", "ISC", "10500.01"));
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", tooMuchOverhead))
                .post("/api/programmes/" + programme + "/budget/check").then().statusCode(200)
                .body("problems[0]", containsString("IOM's indirect support costs, 10500.01, exceed 7%"))
                .body("organisations.find { it.organisation == 'IOM' }.withinCap", equalTo(false));
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", tooMuchOverhead))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("lines"))
                .body("errors[0].message", containsString("10500.00 at most"));
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", budget()))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(200)
                .body("budget.total.amount", equalTo("267500.00")).body("budget.problems.size()", equalTo(0))
                .body("budget.organisations.find { it.organisation == 'IOM' }.indirectRate", equalTo("0.0700"));
        as("iom").post("/api/programmes/" + programme + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        // Approval needs an approve-allocation decision covering the budget; it commits the money.
        long tooSmall = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "200000");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", tooSmall))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(422)
                .body("errors[0].field", equalTo("decisionId"));
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "267500");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("outstandingCommitment.amount", equalTo("267500.00"));
        assertEquals("267500.00", fund.status().getString("committedNotTransferred.amount"));
        assertEquals("990000.00", fund.status().getString("balanceWithAdministrativeAgent.amount"));

        // Tranches: instructed by decision, booked once per key, never beyond a share; the first makes it active.
        long instruction = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "278200");
        as("agent").contentType(ContentType.JSON).body(Map.of("organisation", "IOM", "decisionId", instruction,
                        "amount", Map.of("amount", "100000", "currency", "USD")))
                .post("/api/programmes/" + programme + "/transfers").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].message", containsString("once per key"));
        long first = ((Number) transfer(programme, "t1-" + programme, "IOM", instruction, "100000").then()
                .statusCode(201).body("tranche", equalTo(1)).extract().path("id")).longValue();
        transfer(programme, "t1-" + programme, "IOM", instruction, "100000").then().statusCode(201)
                .body("id", equalTo((int) first));
        as("iom").get("/api/programmes/" + programme).then().body("status", equalTo("ACTIVE"));
        JsonPath afterFirst = fund.status();
        assertEquals("100000.00", afterFirst.getString("transfersToOrganisations.amount"), "booked once");
        assertEquals("167500.00", afterFirst.getString("committedNotTransferred.amount"));
        assertEquals("890000.00", afterFirst.getString("balanceWithAdministrativeAgent.amount"));
        long small = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "50000");
        transfer(programme, "s1-" + programme, "UNICEF", small, "30000").then().statusCode(201);
        transfer(programme, "s2-" + programme, "UNICEF", small, "30000").then().statusCode(409)
                .body("errors[0].message", containsString("30000.00 USD has been transferred on it"));
        transfer(programme, "t2-" + programme, "UNICEF", instruction, "77000").then().statusCode(201)
                .body("tranche", equalTo(2));
        transfer(programme, "t3-" + programme, "UNICEF", instruction, "0.01").then().statusCode(409)
                .contentType("application/problem+json").body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", containsString("at most 0.00 can still be transferred"));

        // A budget revision moves IOM's money and adds 10,700 on an approve-revision decision. The list, which keeps
        // each programme's budget total per version, shows the total before and after.
        String inList = "items.find { it.id == " + programme + " }.budget.amount";
        as("fmu").get("/api/programmes?size=200").then().statusCode(200).body(inList, equalTo("267500.00"));
        List<Map<String, Object>> revised = List.of(line("IOM", "1", "100000"), line("IOM", "4", "60000"),
                line("IOM", "ISC", "11200"), line("UNICEF", "1", "100000"), line("UNICEF", "ISC", "7000"));
        long revision = ((Number) as("iom").contentType(ContentType.JSON)
                .body(Map.of("kind", "BUDGET", "justification", "More contractual services", "budget", revised))
                .post("/api/programmes/" + programme + "/revisions").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("budgetAfter.total.amount", equalTo("278200.00"))
                .extract().path("id")).longValue();
        as("iom").contentType(ContentType.JSON).body(Map.of("kind", "NO_COST_EXTENSION", "justification", "Later",
                        "endsOn", TODAY.plusMonths(6).toString()))
                .post("/api/programmes/" + programme + "/revisions").then().statusCode(409);
        long revisionDecision = fund.decision("APPROVE_REVISION", "JOINT_PROGRAMME", programme, "10700");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", revisionDecision))
                .post("/api/programmes/" + programme + "/revisions/" + revision + "/approve").then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("budgetBefore.total.amount", equalTo("267500.00"))
                .body("budgetAfter.total.amount", equalTo("278200.00"));
        as("auditor").get("/api/programmes/" + programme + "/revisions").then().statusCode(200)
                .body("[0].decisionId", equalTo((int) revisionDecision)).body("[0].decidedBy", equalTo("fmu"));
        as("fmu").get("/api/programmes?size=200").then().statusCode(200).body(inList, equalTo("278200.00"));
        assertEquals("71200.00", fund.status().getString("committedNotTransferred.amount"));
        transfer(programme, "t4-" + programme, "IOM", instruction, "71200").then().statusCode(201)
                .body("tranche", equalTo(2));
        assertEquals("0.00", fund.status().getString("committedNotTransferred.amount"));
        assertEquals("278200.00", fund.status().getString("transfersToOrganisations.amount"));

        // Closure: operational after the end date (today), financial once each organisation settled.
        as("fmu").contentType(ContentType.JSON).body(Map.of("kind", "FINANCIAL"))
                .post("/api/programmes/" + programme + "/close").then().statusCode(409);
        as("fmu").contentType(ContentType.JSON).body(Map.of("kind", "OPERATIONAL"))
                .post("/api/programmes/" + programme + "/close").then().statusCode(200)
                .body("status", equalTo("OPERATIONALLY_CLOSED"));
        as("iom").contentType(ContentType.JSON)
                .body(Map.of("organisation", "UNICEF", "amount", Map.of("amount", "107000", "currency", "USD")))
                .post("/api/programmes/" + programme + "/final-expenditure").then().statusCode(403);
        as("iom").contentType(ContentType.JSON)
                .body(Map.of("organisation", "IOM", "amount", Map.of("amount", "171200.01", "currency", "USD")))
                .post("/api/programmes/" + programme + "/final-expenditure").then().statusCode(409)
                .body("errors[0].message", containsString("more than the 171200.00 the organisation received"));
        as("iom").contentType(ContentType.JSON)
                .body(Map.of("organisation", "IOM", "amount", Map.of("amount", "150000", "currency", "USD")))
                .post("/api/programmes/" + programme + "/final-expenditure").then().statusCode(200)
                .body("money.find { it.organisation == 'IOM' }.finalExpenditure.amount", equalTo("150000.00"));
        as("unicef").contentType(ContentType.JSON)
                .body(Map.of("organisation", "UNICEF", "amount", Map.of("amount", "107000", "currency", "USD")))
                .post("/api/programmes/" + programme + "/final-expenditure").then().statusCode(200);
        as("fmu").contentType(ContentType.JSON).body(Map.of("kind", "FINANCIAL"))
                .post("/api/programmes/" + programme + "/close").then().statusCode(409)
                .body("detail", containsString("IOM still holds 21200.00 USD unspent"));
        as("agent").header("Idempotency-Key", "refund-" + programme).contentType(ContentType.JSON)
                .body(Map.of("organisation", "IOM", "valueDate", TODAY.toString(),
                        "amount", Map.of("amount", "21200.01", "currency", "USD")))
                .post("/api/programmes/" + programme + "/refunds").then().statusCode(409);
        as("agent").header("Idempotency-Key", "refund-" + programme).contentType(ContentType.JSON)
                .body(Map.of("organisation", "IOM", "valueDate", TODAY.toString(),
                        "amount", Map.of("amount", "21200", "currency", "USD")))
                .post("/api/programmes/" + programme + "/refunds").then().statusCode(200)
                .body("money.find { it.organisation == 'IOM' }.refunded.amount", equalTo("21200.00"));
        JsonPath settled = fund.status();
        assertEquals("21200.00", settled.getString("refundsFromOrganisations.amount"));
        assertEquals("733000.00", settled.getString("balanceWithAdministrativeAgent.amount"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("kind", "FINANCIAL"))
                .post("/api/programmes/" + programme + "/close").then().statusCode(200)
                .body("status", equalTo("FINANCIALLY_CLOSED")).body("financiallyClosedOn", equalTo(TODAY.toString()));
        as("fmu").get("/api/funds/" + fund.code() + "/availability").then().statusCode(200)
                .body("find { it.pool == 'UNEARMARKED' }.available.amount", equalTo("733000.00"));
    }

    @Test
    void approvalIsRefusedWhenTheProgrammesPoolsHoldTooLittleAndNothingIsCommitted() {
        Fund fund = fund("SHO", "400000.00");
        List<Map<String, Object>> large = List.of(line("IOM", "1", "330000"), line("IOM", "ISC", "23100"),
                line("UNICEF", "1", "70000"), line("UNICEF", "ISC", "4900"));
        long programme = submittedProgramme(fund, large, List.of("UNICEF"));
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "428000");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].message", containsString("Not enough money available"))
                .body("errors[0].message", containsString("396000.00 USD available"));
        as("fmu").get("/api/programmes/" + programme).then().body("status", equalTo("SUBMITTED"));
        assertEquals("0.00", fund.status().getString("committedNotTransferred.amount"));
    }

    @Test
    void anInvitationWaitsUntilTheMoneyAvailableCoversTheNote() {
        Fund fund = fund("INV", null);
        long note = submittedNote(openCall(fund), List.of("UNICEF"));
        long endorsement = fund.decision("ENDORSE_PIPELINE", "CONCEPT_NOTE", note, null);
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", endorsement))
                .post("/api/concept-notes/" + note + "/endorse").then().statusCode(200);
        as("fmu").post("/api/concept-notes/" + note + "/invite").then().statusCode(409)
                .body("errors[0].message", containsString("Only 0.00 USD is available"));
        as("chair").get("/api/funds/" + fund.code() + "/pipeline").then().statusCode(200)
                .body("notes[0].covered", equalTo(false)).body("available.amount", equalTo("0.00"));
    }

    /** Many tranches at the same moment for one organisation: exactly what its share allows goes through. */
    @Test
    void concurrentTranchesNeverTransferMoreThanTheOrganisationsShare() throws Exception {
        Fund fund = fund("CON", "1000000.00");
        long programme = approvedProgramme(fund);
        long instruction = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "267500");
        // UNICEF's share is 107,000: of eight tranches of 30,000 exactly three fit.
        List<Callable<Response>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String key = "c" + i + "-" + programme;
            requests.add(() -> transfer(programme, key, "UNICEF", instruction, "30000"));
        }
        List<Response> answers = runAll(requests);
        long booked = answers.stream().filter(r -> r.statusCode() == 201).count();
        answers.forEach(r -> assertTrue(r.statusCode() == 201 || r.statusCode() == 409 || r.statusCode() == 503,
                "unexpected " + r.statusCode() + ": " + r.asString()));
        assertEquals(3, booked, answers.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString());
        assertEquals("90000.00", fund.status().getString("transfersToOrganisations.amount"));
        as("fmu").get("/api/programmes/" + programme + "/transfers").then().statusCode(200)
                .body("size()", equalTo(3)).body("tranche", org.hamcrest.Matchers.containsInAnyOrder(1, 2, 3));
    }

    @Test
    void eachRoleSeesTheProgrammesItMay() {
        Fund fund = fund("VIS", "1000000.00");
        long note = invitedNote(fund, openCall(fund), List.of("UNHCR"));
        long programme = ((Number) as("iom").contentType(ContentType.JSON)
                .body(Map.of("conceptNoteId", note, "title", "Protection at borders",
                        "startsOn", TODAY.toString(), "endsOn", TODAY.plusYears(2).toString()))
                .post("/api/programmes").then().statusCode(201).extract().path("id")).longValue();
        for (String outsider : List.of("unicef", "donor", "chair", "agent")) {
            as(outsider).get("/api/programmes/" + programme).then().statusCode(404)
                    .contentType("application/problem+json");
            as(outsider).queryParam("fund", fund.code()).get("/api/programmes").then().statusCode(200)
                    .body("items.id", not(hasItem((int) programme)));
        }
        as("unicef").contentType(ContentType.JSON).body(Map.of("lines", budget()))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(404);
        as("auditor").get("/api/programmes/" + programme).then().statusCode(200);
        as("fmu").queryParam("fund", fund.code()).queryParam("organisation", "UNHCR")
                .get("/api/programmes").then().statusCode(200).body("items.id", hasItem((int) programme));
        as("fmu").queryParam("fund", fund.code()).queryParam("organisation", "UNICEF")
                .get("/api/programmes").then().statusCode(200).body("items.id", not(hasItem((int) programme)));
        as("fmu").queryParam("fund", fund.code()).queryParam("region", "Americas").queryParam("thematicArea", 4)
                .queryParam("status", "DRAFT").get("/api/programmes").then().statusCode(200)
                .body("items.id", hasItem((int) programme));
        as("fmu").queryParam("fund", fund.code()).queryParam("region", "Europe")
                .get("/api/programmes").then().statusCode(200).body("items.id", not(hasItem((int) programme)));

        List<Map<String, Object>> lines = List.of(line("IOM", "1", "100000"), line("IOM", "ISC", "7000"),
                line("UNHCR", "1", "50000"));
        as("iom").contentType(ContentType.JSON).body(Map.of("lines", lines))
                .put("/api/programmes/" + programme + "/budget").then().statusCode(200);
        as("iom").post("/api/programmes/" + programme + "/submit").then().statusCode(200);
        as("chair").get("/api/programmes/" + programme).then().statusCode(200);
        as("donor").get("/api/programmes/" + programme).then().statusCode(404);
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "157000");
        as("donor").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(403);
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(200);
        as("donor").get("/api/programmes/" + programme).then().statusCode(200).body("status", equalTo("APPROVED"));
        as("donor").queryParam("fund", fund.code()).get("/api/programmes").then().statusCode(200)
                .body("items.id", hasItem((int) programme));

        // Cancelling an approved programme that received nothing gives its commitment back to the pools.
        assertEquals("157000.00", fund.status().getString("committedNotTransferred.amount"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("reason", "The government withdrew"))
                .post("/api/programmes/" + programme + "/cancel").then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        assertEquals("0.00", fund.status().getString("committedNotTransferred.amount"));
    }

    @Test
    void badInputIsAProblemThatNamesTheFieldAndChangesNothing() {
        Fund fund = fund("BAD", "1000000.00");
        long programme = submittedProgramme(fund, budget(), List.of("UNICEF"));
        as("iom").contentType(ContentType.JSON).body(Map.of("kind", "BUDGET", "justification", "x", "budget", budget()))
                .post("/api/programmes/" + programme + "/revisions").then().statusCode(409)
                .body("detail", containsString("SUBMITTED")); // a revision is for an approved programme
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", -3))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", containsString("decisionId"));
        as("fmu").contentType(ContentType.JSON).body("{\"decisionId\": \"twelve\"}")
                .post("/api/programmes/" + programme + "/approve").then().statusCode(400)
                .contentType("application/problem+json");
        as("fmu").contentType(ContentType.JSON).body(Map.of("lines", List.of(line("IOM", "9", "10"))))
                .post("/api/programmes/" + programme + "/budget/check").then().statusCode(422)
                .body("errors[0].field", equalTo("lines[0].category"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("lines", List.of(line("XYZ", "1", "10"))))
                .post("/api/programmes/" + programme + "/budget/check").then().statusCode(422)
                .body("errors[0].field", equalTo("lines[0].organisation"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("lines", List.of(line("IOM", "1", "-10"))))
                .post("/api/programmes/" + programme + "/budget/check").then().statusCode(400)
                .body("errors[0].field", containsString("lines[0].amount"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("kind", "SOMETIMES"))
                .post("/api/programmes/" + programme + "/close").then().statusCode(400);
        as("iom").contentType(ContentType.JSON)
                .body(Map.of("conceptNoteId", 999999999, "title", "x", "startsOn", "2026-01-01", "endsOn", "2027-01-01"))
                .post("/api/programmes").then().statusCode(404);
        as("fmu").get("/api/programmes/" + programme).then().statusCode(200).body("status", equalTo("SUBMITTED"))
                .body("budget.total.amount", equalTo("267500.00"));
        as("fmu").get("/api/programmes/999999999").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aNoCostExtensionMovesTheEndDateOnAnApproveRevisionDecision() {
        Fund fund = fund("EXT", "1000000.00");
        long programme = approvedProgramme(fund);
        as("iom").contentType(ContentType.JSON).body(Map.of("kind", "NO_COST_EXTENSION", "justification", "Elections",
                "endsOn", TODAY.minusDays(1).toString())).post("/api/programmes/" + programme + "/revisions")
                .then().statusCode(422).body("errors[0].field", equalTo("endsOn"));
        String newEnd = TODAY.plusMonths(6).toString();
        long revision = ((Number) as("iom").contentType(ContentType.JSON).body(Map.of("kind", "NO_COST_EXTENSION",
                        "justification", "Elections delayed the work", "endsOn", newEnd))
                .post("/api/programmes/" + programme + "/revisions").then().statusCode(201).extract().path("id"))
                .longValue();
        long wrongType = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "1");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", wrongType))
                .post("/api/programmes/" + programme + "/revisions/" + revision + "/approve").then().statusCode(422);
        long decision = fund.decision("APPROVE_REVISION", "JOINT_PROGRAMME", programme, null);
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", decision))
                .post("/api/programmes/" + programme + "/revisions/" + revision + "/approve").then().statusCode(200)
                .body("endsOnBefore", equalTo(TODAY.toString())).body("endsOnAfter", equalTo(newEnd));
        as("iom").get("/api/programmes/" + programme).then().body("endsOn", equalTo(newEnd));
        assertEquals("267500.00", fund.status().getString("committedNotTransferred.amount"), "no money moved");
    }

    @Test
    void theProgrammeNoteAndCallListsTakeAtMostThreeStatementsForFiftyRowsAsForOne() {
        for (String list : List.of("/api/programmes", "/api/concept-notes", "/api/funds/MIG/calls")) {
            statements(list, 50); // names every row shows are then in memory (RecordNames)
            int one = statements(list, 1);
            int fifty = statements(list, 50);
            assertEquals(one, fifty, list + ": " + one + " statements for 1 row, " + fifty + " for 50");
            assertTrue(fifty <= 3, list + ": " + fifty + " statements");
        }
    }

    @Test
    void anApprovedProgrammeReadsInSevenStatementsWithItsOrganisationsCountriesBudgetAndMoney() {
        Fund fund = fund("DET", "1000000.00");
        long programme = approvedProgramme(fund);
        as("fmu").get("/api/programmes/" + programme).then().statusCode(200); // names then in memory (RecordNames)

        Response detail = as("fmu").get("/api/programmes/" + programme);
        detail.then().statusCode(200).body("organisations", contains("IOM", "UNICEF"))
                .body("countries", contains("MEX")).body("regions", contains("Americas"))
                .body("budget.total.amount", equalTo("267500.00"))
                .body("outstandingCommitment.amount", equalTo("267500.00"))
                .body("money.find { it.organisation == 'IOM' }.share.amount", equalTo("160500.00"))
                .body("money.find { it.organisation == 'UNICEF' }.remaining.amount", equalTo("107000.00"));
        // The programme with its organisations and countries, its budget lines, the fund, the final expenditure, the
        // ledger's commitments and delivery, the budget categories: reading a collection when first touched, or the
        // fund again by its code, would show here.
        int statements = Integer.parseInt(detail.header("X-SQL-Statements"));
        assertTrue(statements <= 7, statements + " statements for one programme");
    }

    @Test
    void conceptNotesFilterByFundCallAreaRegionAndOrganisation() {
        Fund fund = fund("NFL", null);
        long call = openCall(fund);
        long note = submittedNote(call, List.of("UNHCR"));
        for (Map<String, Object> matching : List.<Map<String, Object>>of(Map.of("fund", fund.code()),
                Map.of("call", call), Map.of("fund", fund.code(), "thematicArea", 4, "region", "Americas"),
                Map.of("fund", fund.code(), "organisation", "UNHCR", "status", "UNDER_REVIEW"))) {
            as("fmu").queryParams(matching).get("/api/concept-notes").then().statusCode(200)
                    .body("items.id", hasItem((int) note));
        }
        for (Map<String, Object> other : List.<Map<String, Object>>of(Map.of("fund", fund.code(), "region", "Africa"),
                Map.of("call", call, "thematicArea", 2), Map.of("call", call, "organisation", "UNICEF"),
                Map.of("call", call, "status", "PIPELINE"))) {
            as("fmu").queryParams(other).get("/api/concept-notes").then().statusCode(200)
                    .body("items.id", not(hasItem((int) note)));
        }
        as("fmu").queryParam("thematicArea", 0).get("/api/concept-notes").then().statusCode(400)
                .body("errors[0].field", containsString("thematicArea"));
    }

    private static int statements(String list, int size) {
        Response response = as("fmu").queryParam("size", size).get(list);
        response.then().statusCode(200);
        return Integer.parseInt(response.header("X-SQL-Statements"));
    }

    private static List<Response> runAll(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(requests, 120, TimeUnit.SECONDS)) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
