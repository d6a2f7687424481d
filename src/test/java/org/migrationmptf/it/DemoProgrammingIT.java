package org.migrationmptf.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The embedded demo's programming records (db/demo/common/V3__programming.sql) as the API shows them: notes in every
 * state, programmes at every stage, money that adds up. Other tests add records to fund MIG, so this asserts what the
 * demo must contain, not how many records there are.
 */
@ExtendWith(ArquillianExtension.class)
class DemoProgrammingIT {

    private static final String ACTIVE = "Alternatives to immigration detention for children and families";
    private static final String REVISED = "Countering trafficking and smuggling along the Eastern Route";
    private static final String CLOSED = "Migrant-inclusive local services in Morocco";

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

    @Test
    void everyProgrammeStageAndScopeIsThere() {
        assertAll(List.of("DRAFT", "SUBMITTED", "APPROVED", "ACTIVE", "SUSPENDED", "OPERATIONALLY_CLOSED",
                "FINANCIALLY_CLOSED", "CANCELLED").stream().map(status -> () -> {
                    int found = as("fmu").queryParam("fund", "MIG").queryParam("status", status).queryParam("size", 1)
                            .get("/api/programmes").then().statusCode(200).extract().path("totalItems");
                    assertTrue(found >= 1, "a demo programme is " + status);
                }));
        List<String> scopes = as("fmu").queryParam("fund", "MIG").queryParam("size", 200).get("/api/programmes")
                .then().statusCode(200).extract().jsonPath().getList("items.scope", String.class);
        assertTrue(scopes.containsAll(List.of("NATIONAL", "REGIONAL", "GLOBAL")), "scopes " + scopes);
        // The lead's focal point sees its draft; the committee does not.
        long draft = programmeId("DRAFT", "Regular pathways and decent work for young people in Senegal");
        as("iom").get("/api/programmes/" + draft).then().statusCode(200).body("status", equalTo("DRAFT"));
        as("chair").get("/api/programmes/" + draft).then().statusCode(404);
    }

    @Test
    void everyConceptNoteStateIsThere() {
        assertAll(List.of("DRAFT", "INELIGIBLE", "UNDER_REVIEW", "PIPELINE", "REJECTED", "INVITED").stream()
                .map(status -> () -> {
                    int found = as("fmu").queryParam("status", status).queryParam("size", 1)
                            .get("/api/concept-notes").then().statusCode(200).extract().path("totalItems");
                    assertTrue(found >= 1, "a demo concept note is " + status);
                }));
        as("iom").queryParam("status", "DRAFT").queryParam("size", 200).get("/api/concept-notes").then()
                .statusCode(200).body("items.title", hasItem("Community-based reintegration of returning migrants in Ethiopia"));
        JsonPath ineligible = as("fmu").queryParam("status", "INELIGIBLE").queryParam("size", 200)
                .get("/api/concept-notes").then().statusCode(200).extract().jsonPath();
        assertFalse(ineligible.getList("items.screeningReasons.flatten()").isEmpty(), "ineligible notes say why");
    }

    /**
     * The list reads a note's columns and its sets for the whole page at once, the note's own page reads the note:
     * both must show the same, field by field, for every demo note (scores, organisations, countries, reasons).
     */
    @Test
    void eachConceptNoteInTheListReadsAsOnItsOwnPage() {
        List<Map<String, Object>> listed = as("fmu").queryParam("size", 200).get("/api/concept-notes").then()
                .statusCode(200).extract().jsonPath().getList("items");
        assertTrue(listed.size() >= 6, "the demo notes are listed: " + listed.size());
        assertTrue(listed.stream().anyMatch(n -> n.get("averageScore") != null), "some listed note has scores");
        assertTrue(listed.stream().anyMatch(n -> !((List<?>) n.get("countries")).isEmpty()), "some has countries");
        assertAll(listed.stream().map(note -> () -> assertEquals(note,
                as("fmu").get("/api/concept-notes/" + note.get("id")).then().statusCode(200).extract().jsonPath()
                        .getMap(""), "concept note " + note.get("id"))));
    }

    @Test
    void theActiveProgrammeShowsItsTranchesWithinEachShare() {
        long id = programmeId("ACTIVE", ACTIVE);
        JsonPath programme = as("fmu").get("/api/programmes/" + id).then().statusCode(200)
                .body("scope", equalTo("GLOBAL")).body("approvalDecisionId", notNullValue()).extract().jsonPath();
        assertEquals(0, new BigDecimal("2500000.00").compareTo(amount(programme, "budget.total.amount")));
        List<Map<String, Object>> money = programme.getList("money");
        assertFalse(money.isEmpty());
        BigDecimal transferred = BigDecimal.ZERO;
        for (int i = 0; i < money.size(); i++) {
            BigDecimal share = amount(programme, "money[" + i + "].share.amount");
            BigDecimal received = amount(programme, "money[" + i + "].transferred.amount");
            assertTrue(received.compareTo(share) <= 0, "transferred within the share: " + money.get(i));
            transferred = transferred.add(received);
        }
        assertTrue(transferred.signum() > 0, "the active programme has received tranches");
        BigDecimal outstanding = amount(programme, "outstandingCommitment.amount");
        assertEquals(0, amount(programme, "budget.total.amount").compareTo(transferred.add(outstanding)),
                "what is not yet transferred is still committed");
        as("fmu").get("/api/programmes/" + id + "/transfers").then().statusCode(200)
                .body("tranche", hasItem(1)).body("organisation", hasItem("IOM")).body("organisation", hasItem("UNICEF"));
        // A focal point of a participating organisation sees it too.
        as("unicef").get("/api/programmes/" + id).then().statusCode(200);
    }

    @Test
    void theRevisedProgrammeKeepsItsBudgetBeforeAndAfter() {
        long id = programmeId("ACTIVE", REVISED);
        JsonPath revisions = as("fmu").get("/api/programmes/" + id + "/revisions").then().statusCode(200)
                .body("status", hasItem("APPROVED")).extract().jsonPath();
        BigDecimal before = amount(revisions, "[0].budgetBefore.total.amount");
        BigDecimal after = amount(revisions, "[0].budgetAfter.total.amount");
        assertTrue(after.compareTo(before) > 0, "the revision increased the budget: " + before + " -> " + after);
        JsonPath programme = as("fmu").get("/api/programmes/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(0, after.compareTo(amount(programme, "budget.total.amount")));
        assertTrue(programme.getList("budget.problems").isEmpty(), "the budget respects the indirect-cost cap");
    }

    @Test
    void theFinanciallyClosedProgrammeIsSettled() {
        long id = programmeId("FINANCIALLY_CLOSED", CLOSED);
        JsonPath programme = as("fmu").get("/api/programmes/" + id).then().statusCode(200)
                .body("financiallyClosedOn", notNullValue()).extract().jsonPath();
        assertEquals(0, amount(programme, "outstandingCommitment.amount").signum(), "nothing left committed");
        List<Map<String, Object>> money = programme.getList("money");
        for (int i = 0; i < money.size(); i++) {
            BigDecimal net = amount(programme, "money[" + i + "].transferred.amount")
                    .subtract(amount(programme, "money[" + i + "].refunded.amount"));
            assertEquals(0, net.compareTo(amount(programme, "money[" + i + "].finalExpenditure.amount")),
                    "received less refunded is what was spent: " + money.get(i));
        }
    }

    @Test
    void noPoolIsOverdrawnAndTheFundingStatusAddsUp() {
        JsonPath pools = as("fmu").get("/api/funds/MIG/availability").then().statusCode(200).extract().jsonPath();
        List<String> names = pools.getList("pool", String.class);
        assertTrue(names.containsAll(List.of("UNEARMARKED", "AREA:2", "AREA:4", "COUNTRY:BGD", "REGION:Americas")),
                "pools " + names);
        BigDecimal committed = BigDecimal.ZERO;
        for (int i = 0; i < names.size(); i++) {
            BigDecimal balance = amount(pools, "[" + i + "].balance.amount");
            BigDecimal inPool = amount(pools, "[" + i + "].committed.amount");
            BigDecimal reserve = amount(pools, "[" + i + "].reserve.amount");
            assertTrue(balance.signum() >= 0, names.get(i) + " holds no negative cash");
            assertTrue(balance.subtract(inPool).subtract(reserve).signum() >= 0,
                    names.get(i) + ": committed and reserved within the cash held");
            assertTrue(amount(pools, "[" + i + "].available.amount").signum() >= 0);
            committed = committed.add(inPool);
        }
        JsonPath status = as("fmu").get("/api/funds/MIG/funding-status").then().statusCode(200).extract().jsonPath();
        assertEquals(0, committed.compareTo(amount(status, "committedNotTransferred.amount")));
        assertEquals(0, amount(status, "totalSources.amount").subtract(amount(status, "totalUses.amount"))
                .add(amount(status, "refundsFromOrganisations.amount"))
                .compareTo(amount(status, "balanceWithAdministrativeAgent.amount")));
        assertTrue(amount(status, "transfersToOrganisations.amount").signum() > 0);
        assertTrue(amount(status, "refundsFromOrganisations.amount").signum() > 0);
    }
}
