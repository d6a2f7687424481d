package org.migrationmptf.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.it.ProgrammeLifecycleIT.Fund;

/**
 * Monitoring through the API: a results framework, progress reports reviewed by the FMU, expenditure reports that,
 * once accepted, move the funding status (balance with organisations, delivery rate), the reporting calendar with
 * overdue reports, and who may report what.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringApiIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final int LAST_YEAR = TODAY.getYear() - 1;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /** An active programme that started a year ago and ends today: IOM received 160,500 and UNICEF 107,000. */
    private static long activeProgramme(Fund fund) {
        long programme = ProgrammeLifecycleIT.submittedProgramme(fund, ProgrammeLifecycleIT.budget(), List.of("UNICEF"));
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "267500");
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(200);
        long instruction = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "267500");
        ProgrammeLifecycleIT.transfer(programme, "m1-" + programme, "IOM", instruction, "160500").then().statusCode(201);
        ProgrammeLifecycleIT.transfer(programme, "m2-" + programme, "UNICEF", instruction, "107000").then().statusCode(201);
        return programme;
    }

    private static Map<String, Object> framework() {
        return Map.of("outcomes", List.of(Map.of("code", "O1", "statement", "Migrant workers are recruited fairly",
                "indicators", List.of(Map.of("code", "I1", "title", "Workers placed through fair recruitment",
                        "unit", "people", "measure", "NUMBER", "baseline", 0, "baselineYear", LAST_YEAR, "target", 500,
                        "disaggregations", List.of("SEX"), "gcmObjectives", List.of(6), "sdgIndicators", List.of("10.7.1"))),
                "outputs", List.of(Map.of("code", "O1.1", "statement", "Recruiters trained", "indicators", List.of(
                        Map.of("code", "I2", "title", "Share of recruiters certified", "unit", "%", "measure", "PERCENTAGE",
                                "baseline", 10, "target", 80),
                        Map.of("code", "I3", "title", "Quality of the bilateral dialogue", "unit", "assessment",
                                "measure", "QUALITATIVE", "baselineText", "No dialogue", "targetText", "Regular dialogue")))))));
    }

    private static Map<String, Object> progress(String period, List<Map<String, Object>> actuals) {
        return Map.of("period", period, "narrative", Map.of("SUMMARY", "A year of fair recruitment.",
                "CHALLENGES", "Visa delays."), "actuals", actuals);
    }

    private static Map<String, Object> expenditure(String organisation, int year, boolean last,
                                                   List<Map<String, Object>> lines) {
        return Map.of("organisation", organisation, "year", year, "last", last, "lines", lines);
    }

    @Test
    void anAcceptedExpenditureReportMovesTheBalanceWithOrganisationsAndTheDeliveryRate() {
        Fund fund = ProgrammeLifecycleIT.fund("MEX", "1000000.00");
        long programme = activeProgramme(fund);
        JsonPath before = fund.status();
        assertEquals("267500.00", before.getString("balanceWithOrganisations.amount"));
        assertEquals("0.0%", before.getString("deliveryRate"));

        // Last year's expenditure reports were due on 30 April: overdue until submitted.
        as("fmu").queryParam("overdue", true).queryParam("programme", programme).queryParam("kind", "EXPENDITURE")
                .get("/api/funds/" + fund.code() + "/reporting-calendar").then().statusCode(200)
                .body("items.findAll { it.organisation == 'IOM' && it.period == '" + LAST_YEAR + "' }.standing",
                        hasItem("OVERDUE"))
                .body("items[0].dueOn", equalTo(LAST_YEAR + 1 + "-04-30"));

        List<Map<String, Object>> lines = List.of(Map.of("category", "1", "amount", "100000"),
                Map.of("category", "4", "amount", "50000"), Map.of("category", "ISC", "amount", "10000"));
        as("iom").contentType(ContentType.JSON).body(expenditure("UNICEF", LAST_YEAR, false, lines))
                .post("/api/programmes/" + programme + "/expenditure-reports").then().statusCode(403);
        as("iom").contentType(ContentType.JSON).body(expenditure("IOM", LAST_YEAR, false,
                        List.of(Map.of("category", "1", "amount", "160500.01"))))
                .post("/api/programmes/" + programme + "/expenditure-reports").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].message", containsString("more than the 160500.00 transferred"));
        long report = ((Number) as("iom").contentType(ContentType.JSON).body(expenditure("IOM", LAST_YEAR, false, lines))
                .post("/api/programmes/" + programme + "/expenditure-reports").then().statusCode(201)
                .body("status", equalTo("SUBMITTED")).body("total.amount", equalTo("160000.00"))
                .body("categories.ISC.amount", equalTo("10000.00")).extract().path("id")).longValue();
        // What waits for review counts: only 500 is left to report this year.
        as("iom").contentType(ContentType.JSON).body(expenditure("IOM", TODAY.getYear(), false,
                        List.of(Map.of("category", "1", "amount", "501"))))
                .post("/api/programmes/" + programme + "/expenditure-reports").then().statusCode(409);
        assertEquals("0.00", fund.status().getString("expenditureReported.amount"), "nothing booked before review");
        as("iom").contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/programmes/" + programme + "/expenditure-reports/" + report + "/review").then().statusCode(403);
        as("fmu").contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/programmes/" + programme + "/expenditure-reports/" + report + "/review").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("reviewedBy", equalTo("fmu"));
        JsonPath after = fund.status();
        assertEquals("160000.00", after.getString("expenditureReported.amount"));
        assertEquals("107500.00", after.getString("balanceWithOrganisations.amount"));
        assertEquals("59.8%", after.getString("deliveryRate"));
        assertEquals("722500.00", after.getString("balanceWithAdministrativeAgent.amount"), "reports move no cash");
        as("fmu").queryParam("programme", programme).queryParam("organisation", "IOM").queryParam("kind", "EXPENDITURE")
                .get("/api/funds/" + fund.code() + "/reporting-calendar").then().statusCode(200)
                .body("items.find { it.period == '" + LAST_YEAR + "' }.standing", equalTo("ACCEPTED"));

        // UNICEF's last report certifies its final expenditure on the programme.
        long last = ((Number) as("unicef").contentType(ContentType.JSON).body(expenditure("UNICEF", TODAY.getYear(), true,
                        List.of(Map.of("category", "1", "amount", "100000"), Map.of("category", "ISC", "amount", "7000"))))
                .post("/api/programmes/" + programme + "/expenditure-reports").then().statusCode(201)
                .extract().path("id")).longValue();
        as("fmu").contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/programmes/" + programme + "/expenditure-reports/" + last + "/review").then().statusCode(200);
        as("fmu").get("/api/programmes/" + programme).then()
                .body("money.find { it.organisation == 'UNICEF' }.finalExpenditure.amount", equalTo("107000.00"));
        assertEquals("99.8%", fund.status().getString("deliveryRate"));
        as("agent").header("Idempotency-Key", "r-" + programme).contentType(ContentType.JSON)
                .body(Map.of("organisation", "IOM", "valueDate", TODAY.toString(),
                        "amount", Map.of("amount", "501", "currency", "USD")))
                .post("/api/programmes/" + programme + "/refunds").then().statusCode(409);
    }

    @Test
    void progressReportsCarryActualValuesThatTheFrameworkShowsOnceAccepted() {
        Fund fund = ProgrammeLifecycleIT.fund("MPR", "1000000.00");
        long programme = activeProgramme(fund);
        String url = "/api/programmes/" + programme;
        as("unicef").contentType(ContentType.JSON).body(framework()).put(url + "/results-framework").then().statusCode(403);
        as("iom").contentType(ContentType.JSON).body(framework()).put(url + "/results-framework").then().statusCode(200)
                .body("outcomes[0].code", equalTo("O1")).body("outcomes[0].outputs[0].indicators.size()", equalTo(2))
                .body("outcomes[0].indicators[0].sdgIndicators", hasItem("10.7.1"));
        as("donor").get(url + "/results-framework").then().statusCode(200);

        Map<String, Object> total = Map.of("indicator", "I1", "value", 120);
        Map<String, Object> women = Map.of("indicator", "I1", "disaggregation", "SEX:FEMALE", "value", 70);
        Map<String, Object> share = Map.of("indicator", "I2", "value", "45.5");
        Map<String, Object> words = Map.of("indicator", "I3", "text", "Two bilateral meetings held");
        String period = String.valueOf(LAST_YEAR);
        as("iom").contentType(ContentType.JSON).body(progress(period, List.of(total, Map.of("indicator", "I2", "value", 150))))
                .post(url + "/progress-reports").then().statusCode(422).body("errors[0].field", equalTo("actuals[1].value"))
                .body("errors[0].message", containsString("percentage"));
        as("iom").contentType(ContentType.JSON)
                .body(progress(period, List.of(Map.of("indicator", "I1", "disaggregation", "AGE_GROUP:CHILD", "value", 3))))
                .post(url + "/progress-reports").then().statusCode(422)
                .body("errors[0].field", equalTo("actuals[0].disaggregation"));
        as("iom").contentType(ContentType.JSON).body(progress(period, List.of(Map.of("indicator", "X9", "value", 1))))
                .post(url + "/progress-reports").then().statusCode(422).body("errors[0].field", equalTo("actuals[0].indicator"));
        as("iom").contentType(ContentType.JSON).body(progress("2101", List.of(total)))
                .post(url + "/progress-reports").then().statusCode(422).body("errors[0].field", equalTo("period"));
        as("iom").contentType(ContentType.JSON).body(Map.of("period", "last year", "narrative", Map.of()))
                .post(url + "/progress-reports").then().statusCode(400).contentType("application/problem+json");
        as("donor").contentType(ContentType.JSON).body(progress(period, List.of(total)))
                .post(url + "/progress-reports").then().statusCode(403);

        long report = ((Number) as("iom").contentType(ContentType.JSON)
                .body(progress(period, List.of(total, women, share, words))).post(url + "/progress-reports").then()
                .statusCode(201).body("status", equalTo("SUBMITTED")).body("organisation", equalTo("IOM"))
                .body("dueOn", equalTo(LAST_YEAR + 1 + "-03-31")).body("actuals.size()", equalTo(4))
                .extract().path("id")).longValue();
        as("fmu").contentType(ContentType.JSON).body(Map.of("accept", false))
                .post(url + "/progress-reports/" + report + "/review").then().statusCode(422)
                .body("errors[0].field", equalTo("comment"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("accept", false, "comment", "Add the lessons learned"))
                .post(url + "/progress-reports/" + report + "/review").then().statusCode(200)
                .body("status", equalTo("RETURNED"));
        as("fmu").queryParam("programme", programme).queryParam("kind", "PROGRESS")
                .get("/api/funds/" + fund.code() + "/reporting-calendar").then()
                .body("items.find { it.period == '" + period + "' }.standing", equalTo("OVERDUE"));
        as("unicef").contentType(ContentType.JSON).body(progress(period, List.of(total, women, share, words)))
                .post(url + "/progress-reports").then().statusCode(201).body("organisation", equalTo("UNICEF"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("accept", true))
                .post(url + "/progress-reports/" + report + "/review").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        as("chair").get(url + "/results-framework").then().statusCode(200)
                .body("outcomes[0].indicators[0].latestActual", equalTo("120"))
                .body("outcomes[0].indicators[0].latestPeriod", equalTo(period))
                .body("outcomes[0].outputs[0].indicators[1].latestActual", equalTo("Two bilateral meetings held"));
        as("iom").contentType(ContentType.JSON).body(framework()).put(url + "/results-framework").then().statusCode(409);
        as("auditor").get(url + "/progress-reports").then().statusCode(200).body("[0].reviewComment", equalTo(null))
                .body("[0].narrative.SUMMARY", equalTo("A year of fair recruitment."));

        // Who may read it is checked on the programme alone; before, the check built the whole programme view, its
        // money and budget too (about 10 statements more). The whole-fund exports read every framework this way.
        // Seven: the programme, the results, the indicators and their three element collections, the actuals.
        Response read = as("fmu").get(url + "/results-framework");
        read.then().statusCode(200).body("outcomes[0].outputs[0].indicators[1].latestActual",
                equalTo("Two bilateral meetings held"));
        int statements = Integer.parseInt(read.header("X-SQL-Statements"));
        assertTrue(statements <= 7, statements + " statements for a programme's results framework");
        // The progress reports' list reads the indicator codes and the organisations' names once for the list, not
        // once per report (this programme has one report here: the bound is on the list's cost, whatever its length).
        // Five: the programme, the reports, the indicator codes, the reports' actuals and their narratives.
        Response list = as("fmu").get(url + "/progress-reports");
        list.then().statusCode(200).body("size()", equalTo(1));
        int listed = Integer.parseInt(list.header("X-SQL-Statements"));
        assertTrue(listed <= 5, listed + " statements for a programme's progress reports");
    }

    @Test
    void theCalendarTakesAsManyStatementsForFiftyEntriesAsForOne() {
        // After one read, the names every entry shows are in memory (RecordNames), and so are the programmes'
        // organisations (ProgrammeSatellites): the fund, the programmes that report, and their reports.
        statements(50);
        int one = statements(1);
        int fifty = statements(50);
        assertEquals(one, fifty, one + " statements for 1 entry, " + fifty + " for 50");
        assertTrue(fifty <= 3, fifty + " statements");
    }

    private static int statements(int size) {
        Response response = as("fmu").queryParam("size", size).get("/api/funds/MIG/reporting-calendar");
        response.then().statusCode(200);
        return Integer.parseInt(response.header("X-SQL-Statements"));
    }
}
