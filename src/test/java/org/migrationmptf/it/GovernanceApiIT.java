package org.migrationmptf.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Governance through the API, as each role: the fund as data, organisations and focal points, the Steering
 * Committee's members, meetings and decisions, the audit trail, and the cost of every list in SQL statements.
 * Each test works in a fund of its own, so the tests do not depend on each other or on the demo records.
 */
@ExtendWith(ArquillianExtension.class)
class GovernanceApiIT {

    private static final String TODAY = LocalDate.now().toString();
    /** Makes this run's codes unique, so the tests also pass on a database that earlier runs left data in. */
    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L, 36).toUpperCase();
    private static final String YEAR = String.valueOf(LocalDate.now().getYear());

    static String code(String prefix) {
        return prefix + RUN;
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    static Map<String, Object> parameters(String name) {
        return Map.ofEntries(Map.entry("name", name), Map.entry("administrativeAgentFeeRate", "0.01"),
                Map.entry("indirectCostCapRate", "0.07"), Map.entry("mobilisationTarget", "1000000.00"),
                Map.entry("operatingReserve", "0"), Map.entry("expenditureReportDue", "04-30"),
                Map.entry("progressReportDue", "03-31"), Map.entry("progressReporting", "ANNUAL"),
                Map.entry("minimumOrganisations", 2), Map.entry("conceptNoteBudgetCeiling", "500000"),
                Map.entry("conceptNoteMaxDurationMonths", 24), Map.entry("quorumPercent", 50));
    }

    /** A new fund with four committee members serving today; returns their ids. */
    static List<Integer> fundWithCommittee(String code) {
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("code", code, "reportingCurrency", "USD", "parameters", parameters("Fund " + code)))
                .post("/api/funds").then().statusCode(201);
        List<Integer> members = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            members.add(as("fmu").contentType(ContentType.JSON)
                    .body(Map.of("fullName", "Member " + i, "constituency", i % 2 == 0 ? "CIVIL_SOCIETY" : "CONTRIBUTING_STATE",
                            "seat", "Seat " + i, "termStart", "2020-01-01", "chair", i == 1))
                    .post("/api/funds/" + code + "/committee/members").then().statusCode(201)
                    .extract().path("id"));
        }
        return members;
    }

    static int heldMeeting(String code, List<Integer> present) {
        int meeting = as("fmu").contentType(ContentType.JSON)
                .body(Map.of("meetsOn", TODAY, "title", "Meeting of " + code, "agenda", List.of("Allocations")))
                .post("/api/funds/" + code + "/committee/meetings").then().statusCode(201)
                .body("status", equalTo("SCHEDULED")).extract().path("id");
        as("fmu").contentType(ContentType.JSON).body(Map.of("presentMemberIds", present))
                .put("/api/funds/" + code + "/committee/meetings/" + meeting + "/attendance").then().statusCode(200);
        as("fmu").post("/api/funds/" + code + "/committee/meetings/" + meeting + "/held").then().statusCode(200)
                .body("status", equalTo("HELD"));
        return meeting;
    }

    static Map<String, Object> allocation(String amount, int programme) {
        return Map.of("type", "APPROVE_ALLOCATION", "title", "Allocation to programme " + programme,
                "text", "The Steering Committee approves the allocation.", "effectiveOn", TODAY,
                "amount", Map.of("amount", amount, "currency", "USD"),
                "subjects", List.of(Map.of("recordType", "JOINT_PROGRAMME", "recordId", programme)));
    }

    @Test
    void theMigrationMptfIsSeededWithItsParameters() {
        as("donor").get("/api/funds/MIG").then().statusCode(200)
                .body("name", equalTo("Migration Multi-Partner Trust Fund"))
                .body("reportingCurrency", equalTo("USD"))
                .body("administrativeAgentFeeRate", equalTo("0.01"))
                .body("indirectCostCapRate", equalTo("0.07"))
                .body("mobilisationTarget.amount", equalTo("70000000.00"))
                .body("mobilisationTarget.currency", equalTo("USD"))
                .body("expenditureReportDue", equalTo("04-30"))
                .body("minimumOrganisations", equalTo(2));
        as("iom").get("/api/funds/MIG/thematic-areas").then().statusCode(200)
                .body("$", hasSize(5)).body("find { it.number == 4 }.objectives", contains(5, 6, 18, 19, 20, 22));
        as("auditor").get("/api/funds/NOPE").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("detail", containsString("NOPE"));
    }

    @Test
    void aSecondFundIsDataAndItsObjectivesMoveBetweenItsOwnAreas() {
        String c = code("SEC");
        fundWithCommittee(c);
        as("fmu").get("/api/funds/" + c + "/thematic-areas").then().statusCode(200).body("$", hasSize(5));
        as("fmu").contentType(ContentType.JSON).body(Map.of("area", 1))
                .put("/api/funds/" + c + "/objectives/20/area").then().statusCode(200)
                .body("find { it.number == 1 }.objectives", hasItem(20))
                .body("find { it.number == 4 }.objectives", not(hasItem(20)));
        as("fmu").get("/api/funds/MIG/thematic-areas").then()
                .body("find { it.number == 4 }.objectives", hasItem(20));
        as("fmu").contentType(ContentType.JSON).body(Map.of("area", 9))
                .put("/api/funds/" + c + "/objectives/20/area").then().statusCode(422).body("errors.field", contains("area"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("area", 1))
                .put("/api/funds/" + c + "/objectives/24/area").then().statusCode(400).body("errors.field", contains("objective"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("name", "Climate mobility"))
                .post("/api/funds/" + c + "/thematic-areas").then().statusCode(201).body("number", equalTo(6));
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("code", c, "reportingCurrency", "USD", "parameters", parameters("Again")))
                .post("/api/funds").then().statusCode(409).body("errors.field", contains("code"));
        as("chair").contentType(ContentType.JSON).body(Map.of("name", "x")).post("/api/funds/" + c + "/thematic-areas")
                .then().statusCode(403);
    }

    @Test
    void fundParametersAreCheckedFieldByField() {
        Map<String, Object> bad = new java.util.HashMap<>(parameters("MIG"));
        bad.put("administrativeAgentFeeRate", "0.5");
        bad.put("quorumPercent", 0);
        bad.put("expenditureReportDue", "4/30");
        bad.put("name", "");
        as("fmu").contentType(ContentType.JSON).body(bad).put("/api/funds/MIG").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("administrativeAgentFeeRate", "quorumPercent", "expenditureReportDue", "name"));
        Map<String, Object> impossibleDay = new java.util.HashMap<>(parameters("MIG"));
        impossibleDay.put("expenditureReportDue", "02-30");
        as("fmu").contentType(ContentType.JSON).body(impossibleDay).put("/api/funds/MIG").then().statusCode(422)
                .body("errors.field", contains("expenditureReportDue"));
        as("fmu").contentType(ContentType.JSON).body("{\"name\": 12, ").put("/api/funds/MIG").then().statusCode(400);
        as("donor").contentType(ContentType.JSON).body(parameters("Mine")).put("/api/funds/MIG").then().statusCode(403);
        as("fmu").get("/api/funds/MIG").then().body("administrativeAgentFeeRate", equalTo("0.01"));
    }

    @Test
    void organisationsAreRegisteredByTheFmuAndReadByAll() {
        as("donor").queryParam("q", "children").get("/api/organisations").then().statusCode(200)
                .body("items.acronym", contains("UNICEF"));
        as("agent").get("/api/organisations/ilo").then().statusCode(200)
                .body("name", equalTo("International Labour Organization"));
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("acronym", "UNFPA" + RUN, "name", "United Nations Population Fund " + RUN, "mouSignedOn", "2021-05-04"))
                .post("/api/organisations").then().statusCode(201)
                .header("Location", containsString("/api/organisations/UNFPA" + RUN))
                .body("status", equalTo("ACTIVE"));
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("acronym", "UNFPA" + RUN, "name", "Again"))
                .post("/api/organisations").then().statusCode(409).body("errors.field", contains("acronym"));
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("acronym", "X", "name", "", "mouSignedOn", LocalDate.now().plusDays(3).toString()))
                .post("/api/organisations").then().statusCode(400)
                .body("errors.field", hasItems("acronym", "name", "mouSignedOn"));
        as("iom").contentType(ContentType.JSON).body(Map.of("acronym", "ABC", "name", "Abc"))
                .post("/api/organisations").then().statusCode(403);
    }

    @Test
    void aFocalPointSeesItsOwnOrganisationsFocalPointsOnly() {
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("userName", "unodc.fp" + RUN, "fullName", "Dana Petrov", "email", "dana@example.org"))
                .post("/api/organisations/UNODC/focal-points").then().statusCode(201);
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("userName", "unodc.fp" + RUN, "fullName", "Dana Petrov"))
                .post("/api/organisations/UNODC/focal-points").then().statusCode(409);
        as("fmu").contentType(ContentType.JSON).body(Map.of("userName", "x", "fullName", "X", "email", "not-mail"))
                .post("/api/organisations/UNODC/focal-points").then().statusCode(400).body("errors.field", contains("email"));
        as("auditor").get("/api/organisations/UNODC/focal-points").then().statusCode(200)
                .body("userName", hasItem("unodc.fp" + RUN));
        as("unicef").get("/api/organisations/UNODC/focal-points").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        as("donor").get("/api/organisations/UNODC/focal-points").then().statusCode(403);
    }

    @Test
    void membersHaveValidTermsAndOneChairAtATime() {
        String c = code("TRM");
        fundWithCommittee(c);
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Late", "constituency", "CIVIL_SOCIETY", "seat", "S",
                        "termStart", "2025-01-01", "termEnd", "2024-12-31"))
                .post("/api/funds/" + c + "/committee/members").then().statusCode(422).body("errors.field", contains("termEnd"));
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Second chair", "constituency", "UN_ORGANISATION", "seat", "S",
                        "termStart", "2025-01-01", "chair", true))
                .post("/api/funds/" + c + "/committee/members").then().statusCode(422).body("errors.field", contains("chair"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("fullName", "", "constituency", "KINGS", "seat", "S"))
                .post("/api/funds/" + c + "/committee/members").then().statusCode(400);
        as("chair").queryParam("constituency", "CIVIL_SOCIETY").get("/api/funds/" + c + "/committee/members").then()
                .statusCode(200).body("totalItems", equalTo(2)).body("items.constituency", everyItem(equalTo("CIVIL_SOCIETY")));
        as("chair").queryParam("servingOn", "2019-12-31").get("/api/funds/" + c + "/committee/members").then()
                .statusCode(200).body("totalItems", equalTo(0));
        as("donor").get("/api/funds/" + c + "/committee/members").then().statusCode(403);
        as("iom").get("/api/funds/" + c + "/committee/meetings").then().statusCode(403);
    }

    @Test
    void decisionsNeedAHeldMeetingWithQuorumAndBecomeFinalWithTheMinutes() {
        String c = code("DEC");
        List<Integer> members = fundWithCommittee(c);
        int noQuorum = heldMeeting(c, List.of(members.get(0)));
        as("fmu").get("/api/funds/" + c + "/committee/meetings/" + noQuorum).then().statusCode(200)
                .body("quorum.serving", equalTo(4)).body("quorum.present", equalTo(1))
                .body("quorum.required", equalTo(2)).body("quorum.met", equalTo(false));
        as("fmu").contentType(ContentType.JSON).body(allocation("250000.00", 7))
                .post("/api/funds/" + c + "/committee/meetings/" + noQuorum + "/decisions").then().statusCode(422)
                .body("detail", containsString("no quorum"));

        int meeting = heldMeeting(c, members.subList(0, 3));
        Response recorded = as("fmu").contentType(ContentType.JSON).body(allocation("250000.00", 7))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions");
        recorded.then().statusCode(201)
                .body("reference", equalTo(c + "-SC-" + YEAR + "-001"))
                .body("amount.amount", equalTo("250000.00"))
                .body("finalised", equalTo(false));
        int decision = recorded.path("id");
        as("fmu").contentType(ContentType.JSON).body(allocation("260000.00", 7))
                .put("/api/funds/" + c + "/decisions/" + decision).then().statusCode(200).body("amount.amount", equalTo("260000.00"));

        as("fmu").post("/api/funds/" + c + "/committee/meetings/" + meeting + "/minutes-approval").then().statusCode(200)
                .body("status", equalTo("MINUTES_APPROVED"));
        as("fmu").contentType(ContentType.JSON).body(allocation("270000.00", 7))
                .put("/api/funds/" + c + "/decisions/" + decision).then().statusCode(409)
                .body("detail", containsString("supersedes"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("presentMemberIds", members))
                .put("/api/funds/" + c + "/committee/meetings/" + meeting + "/attendance").then().statusCode(409);

        int later = heldMeeting(c, members);
        Map<String, Object> correction = new java.util.HashMap<>(allocation("240000.00", 7));
        correction.put("supersedes", c + "-SC-" + YEAR + "-001");
        int corrected = as("fmu").contentType(ContentType.JSON).body(correction)
                .post("/api/funds/" + c + "/committee/meetings/" + later + "/decisions").then().statusCode(201)
                .body("supersedes", equalTo(c + "-SC-" + YEAR + "-001")).extract().path("id");
        as("chair").get("/api/funds/" + c + "/decisions/" + decision).then().statusCode(200)
                .body("finalised", equalTo(true))
                .body("supersededBy", equalTo(c + "-SC-" + YEAR + "-002"));
        as("fmu").contentType(ContentType.JSON).body(correction)
                .post("/api/funds/" + c + "/committee/meetings/" + later + "/decisions").then().statusCode(409);
        assertTrue(corrected > decision);
    }

    @Test
    void onlyTheChairAmongCommitteeMembersRecordsDecisions() {
        // The demo chair (user "chair") chairs the Migration MPTF's committee, not this fund's.
        String c = code("CHR");
        List<Integer> members = fundWithCommittee(c);
        int meeting = heldMeeting(c, members);
        as("chair").contentType(ContentType.JSON).body(allocation("1000.00", 3))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(403)
                .body("detail", containsString("chair"));
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("fullName", "Member 1", "constituency", "CONTRIBUTING_STATE", "seat", "Seat 1",
                        "termStart", "2020-01-01", "chair", true, "userName", "chair"))
                .put("/api/funds/" + c + "/committee/members/" + members.get(0)).then().statusCode(200);
        as("chair").contentType(ContentType.JSON).body(allocation("1000.00", 3))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201);
        as("agent").contentType(ContentType.JSON).body(allocation("1000.00", 3))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(403);
    }

    @Test
    void badDecisionsAreRefusedNamingEachField() {
        String c = code("BAD");
        List<Integer> members = fundWithCommittee(c);
        int meeting = heldMeeting(c, members);
        String url = "/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions";
        as("fmu").contentType(ContentType.JSON)
                .body(Map.of("type", "APPROVE_ALLOCATION", "title", "", "effectiveOn", TODAY,
                        "amount", Map.of("amount", "-5", "currency", "usd"),
                        "subjects", List.of(Map.of("recordType", "programme", "recordId", 0))))
                .post(url).then().statusCode(400)
                .body("errors.field", hasItems("title", "text", "amount.amount", "amount.currency",
                        "subjects[0].recordType", "subjects[0].recordId"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("type", "APPROVE_ALLOCATION", "title", "t", "text", "t",
                "effectiveOn", TODAY, "amount", Map.of("amount", "10.123456", "currency", "USD")))
                .post(url).then().statusCode(400).body("errors.field", contains("amount.amount"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("type", "APPROVE_ALLOCATION", "title", "t", "text", "t",
                "effectiveOn", TODAY, "amount", Map.of("amount", "10", "currency", "XYZ"),
                "subjects", List.of(Map.of("recordType", "JOINT_PROGRAMME", "recordId", 1))))
                .post(url).then().statusCode(422).body("errors.field", contains("amount.currency"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("type", "ANNEX", "title", "t"))
                .post(url).then().statusCode(400);
        as("fmu").contentType(ContentType.JSON).body(Map.of("type", "OTHER", "title", "t", "text", "t",
                "effectiveOn", "2001-01-01")).post(url).then().statusCode(422).body("errors.field", contains("effectiveOn"));
        as("fmu").contentType(ContentType.JSON).body(allocation("1.00", 1))
                .post("/api/funds/" + c + "/committee/meetings/999999/decisions").then().statusCode(404);
        as("fmu").get("/api/funds/" + c + "/decisions").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void theRegisterIsSearchableAndExportable() {
        String c = code("REG");
        List<Integer> members = fundWithCommittee(c);
        int meeting = heldMeeting(c, members);
        as("fmu").contentType(ContentType.JSON).body(allocation("5000.00", 42))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201);
        as("fmu").contentType(ContentType.JSON).body(Map.of("type", "OTHER", "title", "Outreach to =cmd donors",
                "text", "Ask the FMU for a resource mobilisation plan, with figures", "effectiveOn", TODAY))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201);

        as("agent").queryParam("q", "mobilisation plan").get("/api/funds/" + c + "/decisions").then().statusCode(200)
                .body("items.title", contains("Outreach to =cmd donors"));
        as("agent").queryParam("type", "APPROVE_ALLOCATION").get("/api/funds/" + c + "/decisions").then()
                .body("items", hasSize(1)).body("items[0].subjects[0].recordId", equalTo(42));
        as("agent").queryParam("recordType", "JOINT_PROGRAMME").queryParam("recordId", 42)
                .get("/api/funds/" + c + "/decisions").then().body("totalItems", equalTo(1));
        as("agent").queryParam("recordType", "JOINT_PROGRAMME").queryParam("recordId", 43)
                .get("/api/funds/" + c + "/decisions").then().body("totalItems", equalTo(0));
        as("agent").queryParam("from", "2999-01-01").get("/api/funds/" + c + "/decisions").then().body("totalItems", equalTo(0));
        as("agent").queryParam("from", "yesterday").get("/api/funds/" + c + "/decisions").then().statusCode(400)
                .body("errors.field", contains("from"));

        Response csv = as("auditor").get("/api/funds/" + c + "/decisions/export.csv");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("decisions-" + c + ".csv"));
        String[] lines = csv.asString().split("\r\n");
        assertEquals(3, lines.length, csv.asString());
        assertTrue(lines[0].startsWith("reference,meeting,type,title"), lines[0]);
        assertTrue(csv.asString().contains("'=cmd") || csv.asString().contains("Outreach to =cmd donors"));
        assertTrue(csv.asString().contains("5000.00,USD,JOINT_PROGRAMME#42"), csv.asString());
        as("donor").get("/api/funds/" + c + "/decisions/export.csv").then().statusCode(403);
    }

    @Test
    void everyChangeIsInTheAuditTrailForAuditors() {
        String c = code("AUD");
        List<Integer> members = fundWithCommittee(c);
        int meeting = heldMeeting(c, members);
        int decision = as("fmu").contentType(ContentType.JSON).body(allocation("100.00", 5))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201)
                .extract().path("id");
        as("fmu").contentType(ContentType.JSON).body(allocation("150.00", 5))
                .put("/api/funds/" + c + "/decisions/" + decision).then().statusCode(200);

        as("auditor").get("/api/audit/Decision/" + decision).then().statusCode(200)
                .body("items.action", hasItems("CREATE", "UPDATE"))
                .body("items.actor", everyItem(equalTo("fmu")))
                .body("items.find { it.action == 'UPDATE' && it.changes.amount != null }.changes.amount.from", equalTo("100"))
                .body("items.find { it.action == 'UPDATE' && it.changes.amount != null }.changes.amount.to", equalTo("150"))
                .body("items[0].at", notNullValue());
        as("auditor").get("/api/audit/Meeting/" + meeting).then().statusCode(200)
                .body("items.find { it.changes.status != null }.changes.status.to", equalTo("HELD"))
                .body("items.find { it.changes.presentMemberIds != null }.changes.presentMemberIds.now", notNullValue());
        as("chair").get("/api/audit/Decision/" + decision).then().statusCode(403);
        as("auditor").get("/api/audit/Decision/0").then().statusCode(200).body("totalItems", equalTo(0))
                .body("items[0]", nullValue());
    }

    @Test
    void listsCostTheSameFewStatementsWhateverTheirSize() {
        String c = code("SQL");
        List<Integer> members = fundWithCommittee(c);
        for (int m = 0; m < 3; m++) {
            int meeting = heldMeeting(c, members);
            for (int d = 0; d < 4; d++) {
                as("fmu").contentType(ContentType.JSON).body(allocation("10.00", 100 + m * 10 + d))
                        .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201);
            }
        }
        for (String list : List.of("/api/funds/" + c + "/decisions", "/api/funds/" + c + "/committee/meetings",
                "/api/funds/" + c + "/committee/members", "/api/organisations", "/api/funds", "/api/reference/countries")) {
            statements(list, 50); // fund codes are then in memory (RecordNames)
            int one = statements(list, 1);
            int many = statements(list, 50);
            assertEquals(one, many, list + ": " + one + " statements for 1 row, " + many + " for 50");
            org.hamcrest.MatcherAssert.assertThat(list, many, lessThanOrEqualTo(3));
        }
        int meetingPage = Integer.parseInt(as("fmu").get("/api/funds/" + c + "/committee/meetings/"
                + as("fmu").get("/api/funds/" + c + "/committee/meetings").path("items[0].id")).header("X-SQL-Statements"));
        org.hamcrest.MatcherAssert.assertThat("one meeting with 4 decisions", meetingPage, lessThanOrEqualTo(10));
    }

    @Test
    void theRegistersTotalsFollowEveryRecordedAndRevisedDecision() {
        String c = code("TOT");
        int meeting = heldMeeting(c, fundWithCommittee(c));
        String register = "/api/funds/" + c + "/decisions";
        assertEquals(0, total(register, "APPROVE_ALLOCATION"));
        long id = ((Number) as("fmu").contentType(ContentType.JSON).body(allocation("10.00", 301))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201)
                .extract().path("id")).longValue();
        // The totals are kept per filter until a decision changes: each step below must be seen at once.
        assertEquals(1, total(register, "APPROVE_ALLOCATION"));
        assertEquals(1, total(register, null));
        as("fmu").contentType(ContentType.JSON).body(allocation("10.00", 302))
                .post("/api/funds/" + c + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201);
        assertEquals(2, total(register, "APPROVE_ALLOCATION"));
        Map<String, Object> other = new java.util.HashMap<>(allocation("10.00", 301));
        other.put("type", "OTHER");
        as("fmu").contentType(ContentType.JSON).body(other).put(register + "/" + id).then().statusCode(200);
        assertEquals(1, total(register, "APPROVE_ALLOCATION"));
        assertEquals(1, total(register, "OTHER"));
        assertEquals(2, total(register, null));
    }

    private static int total(String register, String type) {
        var request = as("fmu");
        if (type != null) {
            request = request.queryParam("type", type);
        }
        return request.get(register).then().statusCode(200).extract().path("totalItems");
    }

    private static int statements(String list, int size) {
        Response response = as("fmu").queryParam("size", size).get(list);
        response.then().statusCode(200);
        String header = response.header("X-SQL-Statements");
        assertTrue(header != null, "X-SQL-Statements on " + list + " (mptf.diagnostics.sql-count on in tests)");
        return Integer.parseInt(header);
    }
}
