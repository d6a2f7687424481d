package org.migrationmptf.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded demo's monitoring records (db/demo/common/V4__monitoring.sql) as the API shows them: results
 * frameworks, progress reports accepted, waiting and returned, overdue reports in the calendar, and accepted
 * expenditure booked in the ledger. Other tests add records to fund MIG, so this asserts what the demo must contain,
 * not how many records there are.
 */
@ExtendWith(ArquillianExtension.class)
class DemoMonitoringIT {

    private static final String ACTIVE_GLOBAL = "Alternatives to immigration detention for children and families";
    private static final String ACTIVE_REGIONAL = "Countering trafficking and smuggling along the Eastern Route";
    private static final String SUSPENDED = "Protection of children on the move in Central America and Mexico";
    private static final String OPERATIONALLY_CLOSED = "Fair recruitment and decent work for migrant workers from Bangladesh";
    private static final String FINANCIALLY_CLOSED = "Migrant-inclusive local services in Morocco";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    private static long programmeId(String status, String title) {
        List<Map<String, Object>> items = as("fmu").queryParam("fund", "MIG").queryParam("status", status)
                .queryParam("size", 200).get("/api/programmes").then().statusCode(200).extract().jsonPath()
                .getList("items");
        return items.stream().filter(i -> title.equals(i.get("title"))).findFirst()
                .map(i -> ((Number) i.get("id")).longValue())
                .orElseThrow(() -> new AssertionError("No " + status + " demo programme '" + title + "'"));
    }

    private static BigDecimal amount(JsonPath json, String path) {
        String amount = json.getString(path);
        return amount == null ? BigDecimal.ZERO : new BigDecimal(amount);
    }

    private static JsonPath framework(long programme) {
        return as("fmu").get("/api/programmes/" + programme + "/results-framework").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theActiveGlobalProgrammeHasAResultsFrameworkTaggedWithObjectivesAndSdgs() {
        long id = programmeId("ACTIVE", ACTIVE_GLOBAL);
        as("fmu").get("/api/programmes/" + id).then().statusCode(200).body("scope", equalTo("GLOBAL"));
        JsonPath framework = framework(id);
        assertFalse(framework.getList("outcomes").isEmpty(), "outcomes");
        assertFalse(framework.getList("outcomes[0].indicators").isEmpty(), "outcome indicators");
        assertFalse(framework.getList("outcomes[0].outputs").isEmpty(), "outputs");
        assertFalse(framework.getList("outcomes[0].outputs[0].indicators").isEmpty(), "output indicators");
        List<String> measures = framework.getList("outcomes.indicators.flatten().measure", String.class);
        assertTrue(measures.contains("NUMBER") && measures.contains("QUALITATIVE"), "measures " + measures);
        assertTrue(framework.getList("outcomes.outputs.flatten().indicators.flatten().measure", String.class)
                .contains("PERCENTAGE"), "a percentage among the output indicators");
        assertNotNull(framework.getString("outcomes[0].indicators[0].target"), "targets");
        assertFalse(framework.getList("outcomes.indicators.flatten().gcmObjectives.flatten()").isEmpty(), "GCM objectives");
        assertTrue(framework.getList("outcomes.indicators.flatten().sdgIndicators.flatten()", String.class)
                .contains("10.7.2"), "SDG indicators");
        assertTrue(framework.getList("outcomes.outputs.flatten().indicators.flatten().disaggregations.flatten()",
                String.class).contains("SEX"), "disaggregations");
    }

    @Test
    void anActiveProgrammeShowsTheActualValuesOfItsAcceptedReport() {
        long id = programmeId("ACTIVE", ACTIVE_REGIONAL);
        JsonPath framework = framework(id);
        List<String> actuals = framework.getList("outcomes.indicators.flatten().latestActual", String.class);
        assertTrue(actuals.stream().anyMatch(a -> a != null), "outcome indicators with a latest actual: " + actuals);
        assertTrue(framework.getList("outcomes.outputs.flatten().indicators.flatten().latestActual", String.class)
                .stream().anyMatch(a -> a != null), "output indicators with a latest actual");
        assertTrue(framework.getList("outcomes.indicators.flatten().latestPeriod", String.class).contains("2025"));
        JsonPath reports = as("fmu").get("/api/programmes/" + id + "/progress-reports").then().statusCode(200)
                .body("status", hasItem("ACCEPTED")).extract().jsonPath();
        assertFalse(reports.getString("[0].narrative.SUMMARY").isBlank(), "a narrative");
        assertTrue(reports.getList("[0].actuals.disaggregation", String.class).containsAll(List.of("TOTAL", "SEX:FEMALE")),
                "actuals in total and by sex");
    }

    @Test
    void everyReportingProgrammeHasAFrameworkAndReportsAreAcceptedWaitingAndReturned() {
        assertAll(List.of(new String[] {"ACTIVE", ACTIVE_GLOBAL}, new String[] {"ACTIVE", ACTIVE_REGIONAL},
                new String[] {"SUSPENDED", SUSPENDED}, new String[] {"OPERATIONALLY_CLOSED", OPERATIONALLY_CLOSED},
                new String[] {"FINANCIALLY_CLOSED", FINANCIALLY_CLOSED}).stream().map(p -> () ->
                assertFalse(framework(programmeId(p[0], p[1])).getList("outcomes").isEmpty(), p[1] + " has outcomes")));
        long closed = programmeId("FINANCIALLY_CLOSED", FINANCIALLY_CLOSED);
        List<String> closedReports = as("fmu").get("/api/programmes/" + closed + "/progress-reports").then()
                .statusCode(200).extract().jsonPath().getList("status", String.class);
        assertTrue(!closedReports.isEmpty() && closedReports.stream().allMatch("ACCEPTED"::equals), "Morocco " + closedReports);
        long bangladesh = programmeId("OPERATIONALLY_CLOSED", OPERATIONALLY_CLOSED);
        JsonPath reports = as("fmu").get("/api/programmes/" + bangladesh + "/progress-reports").then().statusCode(200)
                .body("status", hasItem("SUBMITTED")).body("status", hasItem("RETURNED")).extract().jsonPath();
        List<Map<String, Object>> returned = reports.getList("findAll { it.status == 'RETURNED' }");
        assertFalse(String.valueOf(returned.get(0).get("reviewComment")).isBlank(), "a returned report says why");
        as("fmu").get("/api/programmes/" + bangladesh + "/expenditure-reports").then().statusCode(200)
                .body("status", hasItem("SUBMITTED")).body("status", hasItem("ACCEPTED"));
    }

    @Test
    void theCalendarShowsOverdueProgressAndExpenditureReports() {
        JsonPath calendar = as("fmu").queryParam("overdue", true).queryParam("size", 200)
                .get("/api/funds/MIG/reporting-calendar").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> demo = calendar.getList("items");
        assertTrue(demo.stream().allMatch(e -> "OVERDUE".equals(e.get("standing"))), "only overdue entries");
        List<String> kinds = calendar.getList("items.kind", String.class);
        assertTrue(kinds.contains("PROGRESS") && kinds.contains("EXPENDITURE"), "kinds " + kinds);
        List<String> programmes = calendar.getList("items.programme", String.class);
        assertTrue(programmes.contains(SUSPENDED) && programmes.contains(ACTIVE_REGIONAL), "programmes " + programmes);
    }

    @Test
    void theFundingStatusShowsExpenditureAndDelivery() {
        JsonPath status = as("fmu").get("/api/funds/MIG/funding-status").then().statusCode(200).extract().jsonPath();
        BigDecimal expenditure = amount(status, "expenditureReported.amount");
        assertTrue(expenditure.signum() > 0, "expenditure reported " + expenditure);
        assertNotNull(status.getString("deliveryRate"));
        assertTrue(status.getString("deliveryRate").endsWith("%"), status.getString("deliveryRate"));
        assertEquals(0, amount(status, "transfersToOrganisations.amount").subtract(expenditure)
                .subtract(amount(status, "refundsFromOrganisations.amount"))
                .compareTo(amount(status, "balanceWithOrganisations.amount")), "balance with organisations");
        assertTrue(amount(status, "balanceWithOrganisations.amount").signum() > 0);
    }

    @Test
    void theFinanciallyClosedProgrammeReportedAllItsExpenditure() {
        long id = programmeId("FINANCIALLY_CLOSED", FINANCIALLY_CLOSED);
        JsonPath reports = as("fmu").get("/api/programmes/" + id + "/expenditure-reports").then().statusCode(200)
                .extract().jsonPath();
        List<String> statuses = reports.getList("status", String.class);
        assertTrue(!statuses.isEmpty() && statuses.stream().allMatch("ACCEPTED"::equals), "statuses " + statuses);
        Map<String, BigDecimal> reported = new HashMap<>();
        Map<String, Boolean> last = new HashMap<>();
        for (int i = 0; i < statuses.size(); i++) {
            String organisation = reports.getString("[" + i + "].organisation");
            reported.merge(organisation, amount(reports, "[" + i + "].total.amount"), BigDecimal::add);
            last.merge(organisation, reports.getBoolean("[" + i + "].last"), Boolean::logicalOr);
        }
        JsonPath programme = as("fmu").get("/api/programmes/" + id).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> money = programme.getList("money");
        for (int i = 0; i < money.size(); i++) {
            String organisation = programme.getString("money[" + i + "].organisation");
            BigDecimal spent = amount(programme, "money[" + i + "].finalExpenditure.amount");
            assertEquals(0, spent.compareTo(reported.getOrDefault(organisation, BigDecimal.ZERO)),
                    organisation + "'s reports add up to its final expenditure");
            assertTrue(last.getOrDefault(organisation, false), organisation + " sent its last report");
            assertEquals(0, amount(programme, "money[" + i + "].transferred.amount")
                    .subtract(amount(programme, "money[" + i + "].refunded.amount")).subtract(spent).signum(),
                    organisation + " holds nothing of the programme's money");
        }
    }
}
