package org.migrationmptf.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.it.ProgrammeLifecycleIT.Fund;

/**
 * The fund's dashboard: on a fresh fund its numbers add up to the approved budgets, the ledger and the reporting
 * calendar; it costs a fixed number of SQL statements whatever the number of programmes; who may read it.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {

    /** What the dashboard may cost, whatever the fund holds. */
    static final int STATEMENT_BOUND = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /** IOM 100,000 + 7,000 ISC, UNICEF 50,000 + 3,500 ISC: 160,500. */
    private static List<Map<String, Object>> smallBudget() {
        return List.of(ProgrammeLifecycleIT.line("IOM", "1", "100000"), ProgrammeLifecycleIT.line("IOM", "ISC", "7000"),
                ProgrammeLifecycleIT.line("UNICEF", "2", "50000"), ProgrammeLifecycleIT.line("UNICEF", "ISC", "3500"));
    }

    static long approvedProgramme(Fund fund, List<Map<String, Object>> budget, String total) {
        long programme = ProgrammeLifecycleIT.submittedProgramme(fund, budget, List.of("UNICEF"));
        long allocation = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, total);
        as("fmu").contentType(ContentType.JSON).body(Map.of("decisionId", allocation))
                .post("/api/programmes/" + programme + "/approve").then().statusCode(200);
        return programme;
    }

    /** An approved programme with its whole budget (267,500) transferred: IOM 160,500, UNICEF 107,000. */
    static long activeProgramme(Fund fund) {
        long programme = approvedProgramme(fund, ProgrammeLifecycleIT.budget(), "267500");
        long instruction = fund.decision("INSTRUCT_TRANSFER", "JOINT_PROGRAMME", programme, "267500");
        ProgrammeLifecycleIT.transfer(programme, "d1-" + programme, "IOM", instruction, "160500").then().statusCode(201);
        ProgrammeLifecycleIT.transfer(programme, "d2-" + programme, "UNICEF", instruction, "107000").then().statusCode(201);
        return programme;
    }

    private static JsonPath dashboard(String user, String fund) {
        return as(user).get("/api/funds/" + fund + "/dashboard").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void onAFreshFundTheDashboardAddsUpToTheApprovedBudgetsTheLedgerAndTheCalendar() {
        Fund fund = ProgrammeLifecycleIT.fund("DSH", "1000000.00");
        long active = activeProgramme(fund);
        long approved = approvedProgramme(fund, smallBudget(), "160500");
        long cancelled = approvedProgramme(fund, ProgrammeLifecycleIT.budget(), "267500");
        as("fmu").contentType(ContentType.JSON).body(Map.of("reason", "The government withdrew"))
                .post("/api/programmes/" + cancelled + "/cancel").then().statusCode(200);

        JsonPath d = dashboard("fmu", fund.code());
        assertEquals("USD", d.getString("currency"));
        // Contributions against the target and the money, as the funding status says.
        JsonPath status = fund.status();
        assertEquals("1000000.00", d.getString("money.contributions.amount"));
        assertEquals(status.getString("mobilisationTarget.amount"), d.getString("money.mobilisationTarget.amount"));
        assertEquals(status.getString("targetReached"), d.getString("money.targetReached"));
        assertEquals("267500.00", d.getString("money.transfersToOrganisations.amount"));
        assertEquals("160500.00", d.getString("money.committedNotTransferred.amount"), "the approved one, not the cancelled");
        assertEquals(status.getString("balanceWithAdministrativeAgent.amount"),
                d.getString("money.balanceWithAdministrativeAgent.amount"));
        assertEquals("0.0%", d.getString("money.deliveryRate"));

        // Allocations: the two approved budgets, the cancelled one left out.
        assertEquals("428000.00", d.getString("allocations.total.amount"));
        assertEquals(2, d.getInt("allocations.programmes"));
        assertEquals(List.of("4"), d.getList("allocations.byThematicArea.key"));
        assertEquals("428000.00", d.getString("allocations.byThematicArea[0].amount.amount"));
        assertEquals(2, d.getInt("allocations.byThematicArea[0].programmes"));
        assertEquals(List.of("IOM", "UNICEF"), d.getList("allocations.byOrganisation.key"));
        assertEquals("267500.00", amount(d, "allocations.byOrganisation", "IOM"));
        assertEquals("160500.00", amount(d, "allocations.byOrganisation", "UNICEF"));
        assertEquals("428000.00", amount(d, "allocations.byRegion", "Americas"));
        assertEquals("428000.00", amount(d, "allocations.byScope", "NATIONAL"));
        assertEquals("267500.00", amount(d, "allocations.byStatus", "ACTIVE"));
        assertEquals("160500.00", amount(d, "allocations.byStatus", "APPROVED"));
        assertEquals(null, amount(d, "allocations.byStatus", "CANCELLED"));

        // Delivery: what was transferred, per organisation and per programme.
        assertEquals("160500.00", amount(d, "deliveryByOrganisation", "IOM", "transferred"));
        assertEquals("0.0%", d.getString("deliveryByOrganisation.find { it.key == 'IOM' }.deliveryRate"));
        assertEquals("267500.00", amount(d, "deliveryByProgramme", Long.toString(active), "transferred"));
        assertEquals("Programme of note", d.getString("deliveryByProgramme[0].label").substring(0, 17));

        // Markers and objectives of the two approved programmes' notes (gender 2, human rights 2, child 1; objective 6).
        assertEquals(12, d.getList("markers").size());
        assertEquals(2, d.getInt("markers.find { it.marker == 'GENDER' && it.score == 2 }.programmes"));
        assertEquals("428000.00", d.getString("markers.find { it.marker == 'GENDER' && it.score == 2 }.amount.amount"));
        assertEquals(2, d.getInt("markers.find { it.marker == 'CHILD_SENSITIVITY' && it.score == 1 }.programmes"));
        assertEquals(0, d.getInt("markers.find { it.marker == 'HUMAN_RIGHTS' && it.score == 3 }.programmes"));
        assertEquals(23, d.getList("objectives").size());
        assertEquals("428000.00", d.getString("objectives.find { it.objective == 6 }.amount.amount"));
        assertEquals(4, d.getInt("objectives.find { it.objective == 6 }.thematicArea"));
        assertEquals("0.00", d.getString("objectives.find { it.objective == 1 }.amount.amount"));

        // Pipeline as programming ranks it (every note here was invited, so it is empty).
        JsonPath pipeline = as("chair").get("/api/funds/" + fund.code() + "/pipeline").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(pipeline.getString("available.amount"), d.getString("pipeline.available.amount"));
        assertEquals(pipeline.getString("total.amount"), d.getString("pipeline.total.amount"));
        assertEquals(pipeline.getList("notes").size(), d.getInt("pipeline.notes"));

        // Overdue reports, as the reporting calendar counts them: both programmes started a year ago.
        long overdue = as("fmu").queryParam("overdue", true).queryParam("size", 1)
                .get("/api/funds/" + fund.code() + "/reporting-calendar").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
        long overdueProgress = as("fmu").queryParam("overdue", true).queryParam("kind", "PROGRESS").queryParam("size", 1)
                .get("/api/funds/" + fund.code() + "/reporting-calendar").then().statusCode(200)
                .extract().jsonPath().getLong("totalItems");
        assertTrue(overdue > 0, "a programme that started a year ago has reports overdue");
        assertEquals(overdue, d.getLong("overdueReports.total"));
        assertEquals(overdueProgress, d.getLong("overdueReports.progress"));
        assertEquals(overdue - overdueProgress, d.getLong("overdueReports.expenditure"));
        assertTrue(approved > active);
    }

    @Test
    void theDashboardCostsAFixedNumberOfStatementsWhateverTheNumberOfProgrammes() {
        Fund fund = ProgrammeLifecycleIT.fund("DSQ", "1000000.00");
        int empty = statements("fmu", fund.code());
        approvedProgramme(fund, smallBudget(), "160500");
        int one = statements("fmu", fund.code());
        activeProgramme(fund);
        approvedProgramme(fund, smallBudget(), "160500");
        int three = statements("fmu", fund.code());
        int demo = statements("fmu", "MIG");
        assertEquals(one, three, one + " statements with one programme, " + three + " with three");
        assertTrue(empty <= STATEMENT_BOUND && three <= STATEMENT_BOUND && demo <= STATEMENT_BOUND,
                "statements: empty fund " + empty + ", one programme " + one + ", three " + three + ", MIG " + demo);
        System.getLogger("DashboardIT").log(System.Logger.Level.INFO, "Dashboard SQL statements: empty fund " + empty
                + ", one programme " + one + ", three " + three + ", demo fund MIG " + demo);
    }

    @Test
    void whoMayReadTheDashboardAndABadFundCode() {
        as("auditor").get("/api/funds/MIG/dashboard").then().statusCode(200);
        as("agent").get("/api/funds/MIG/dashboard").then().statusCode(200).body("pipeline", nullValue());
        as("donor").get("/api/funds/MIG/dashboard").then().statusCode(200).body("pipeline", nullValue())
                .body("fund", equalTo("MIG"));
        as("chair").get("/api/funds/MIG/dashboard").then().statusCode(200).body("pipeline.available.currency", equalTo("USD"));
        as("iom").get("/api/funds/MIG/dashboard").then().statusCode(403);
        ItSupport.anonymous().get("/api/funds/MIG/dashboard").then().statusCode(401);
        as("fmu").get("/api/funds/NOSUCHFUND/dashboard").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    private static String amount(JsonPath d, String list, String key) {
        return amount(d, list, key, "amount");
    }

    private static String amount(JsonPath d, String list, String key, String field) {
        return d.getString(list + ".find { it.key == '" + key + "' }." + field + ".amount");
    }

    /** Statements of a dashboard built with the names it shows already in memory (a second build: see RecordNames). */
    static int statements(String user, String fund) {
        as(user).get("/api/funds/" + fund + "/dashboard").then().statusCode(200);
        Response response = as(user).get("/api/funds/" + fund + "/dashboard");
        response.then().statusCode(200);
        return Integer.parseInt(response.header("X-SQL-Statements"));
    }
}
