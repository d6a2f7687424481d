package org.migrationmptf.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reference data as the migrations seed it, read through the API by the roles that use it. */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @Test
    void the23GcmObjectivesCarryTheirOfficialTitlesAndOneThematicAreaEach() {
        JsonPath objectives = as("iom").get("/api/reference/gcm-objectives").then().statusCode(200).extract().jsonPath();
        assertEquals(IntStream.rangeClosed(1, 23).boxed().toList(), objectives.getList("number", Integer.class));
        assertEquals("Collect and utilize accurate and disaggregated data as a basis for evidence-based policies",
                objectives.getString("find { it.number == 1 }.title"));
        assertEquals("Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants",
                objectives.getString("find { it.number == 20 }.title"));
        assertEquals("Strengthen international cooperation and global partnerships for safe, orderly and regular migration",
                objectives.getString("find { it.number == 23 }.title"));
        assertEquals(4, objectives.getInt("find { it.number == 20 }.thematicArea"));
    }

    @Test
    void theFiveThematicAreasPartitionTheObjectivesAsTheFundDoes() {
        JsonPath areas = as("donor").get("/api/reference/thematic-areas").then().statusCode(200)
                .body("$", hasSize(5)).extract().jsonPath();
        assertEquals(List.of(1, 3, 17, 23), areas.getList("find { it.number == 1 }.objectives", Integer.class));
        assertEquals(List.of(2, 7, 8, 12, 13), areas.getList("find { it.number == 2 }.objectives", Integer.class));
        assertEquals(List.of(9, 10, 11, 14, 21), areas.getList("find { it.number == 3 }.objectives", Integer.class));
        assertEquals(List.of(5, 6, 18, 19, 20, 22), areas.getList("find { it.number == 4 }.objectives", Integer.class));
        assertEquals(List.of(4, 15, 16), areas.getList("find { it.number == 5 }.objectives", Integer.class));
        Set<Integer> seen = new HashSet<>();
        for (List<Integer> objectives : areas.<List<Integer>>getList("objectives")) {
            for (Integer objective : objectives) {
                assertEquals(true, seen.add(objective), "objective " + objective + " is in two areas");
            }
        }
        assertEquals(23, seen.size());
    }

    @Test
    void theTenGuidingPrinciples() {
        as("chair").get("/api/reference/guiding-principles").then().statusCode(200)
                .body("$", hasSize(10))
                .body("name", hasItem("Child-sensitive"))
                .body("name", hasItem("Whole-of-society approach"));
    }

    @Test
    void threeMarkersEachScoredFromZeroToThree() {
        as("agent").get("/api/reference/markers").then().statusCode(200)
                .body("code", contains("GENDER", "HUMAN_RIGHTS", "CHILD_SENSITIVITY"))
                .body("scale.score", everyItem(equalTo(List.of(0, 1, 2, 3))));
    }

    @Test
    void sdgIndicatorsOfTargets107And10c() {
        as("auditor").get("/api/reference/sdg-indicators").then().statusCode(200)
                .body("code", contains("10.7.1", "10.7.2", "10.7.3", "10.7.4", "10.c.1"));
    }

    @Test
    void theUnsdgBudgetCategoriesAndIndirectSupportCosts() {
        as("fmu").get("/api/reference/budget-categories").then().statusCode(200)
                .body("code", contains("1", "2", "3", "4", "5", "6", "7", "ISC"))
                .body("find { it.code == 'ISC' }.direct", equalTo(false))
                .body("findAll { it.direct }", hasSize(7));
    }

    @Test
    void countriesArePagedWithTheirM49Regions() {
        as("fmu").queryParam("size", 50).get("/api/reference/countries").then().statusCode(200)
                .body("totalItems", equalTo(249))
                .body("totalPages", equalTo(5))
                .body("items", hasSize(50))
                .body("items[0].name", equalTo("Afghanistan"));
        as("fmu").queryParam("size", 50).queryParam("page", 4).get("/api/reference/countries").then()
                .statusCode(200).body("items", hasSize(49));
        as("fmu").get("/api/reference/countries/MEX").then().statusCode(200)
                .body("name", equalTo("Mexico"))
                .body("alpha2", equalTo("MX"))
                .body("numericCode", equalTo("484"))
                .body("region", equalTo("Americas"))
                .body("subRegion", equalTo("Latin America and the Caribbean"));
        as("fmu").get("/api/reference/countries/tur").then().statusCode(200)
                .body("region", equalTo("Asia")).body("subRegion", equalTo("Western Asia"));
    }

    @Test
    void countriesFilterByRegionSubRegionAndName() {
        as("fmu").queryParam("region", "Africa").queryParam("size", 200).get("/api/reference/countries").then()
                .statusCode(200)
                .body("totalItems", equalTo(60))
                .body("items.region", everyItem(equalTo("Africa")));
        as("fmu").queryParam("subRegion", "Northern America").queryParam("size", 200)
                .get("/api/reference/countries").then().statusCode(200)
                .body("items.code", containsInAnyOrder("BMU", "CAN", "GRL", "SPM", "USA"));
        as("fmu").queryParam("q", "niger").get("/api/reference/countries").then().statusCode(200)
                .body("items.code", contains("NER", "NGA"));
        as("fmu").queryParam("q", "gtm").get("/api/reference/countries").then().statusCode(200)
                .body("items.name", contains("Guatemala"));
        as("fmu").queryParam("q", "100%_sure").get("/api/reference/countries").then().statusCode(200)
                .body("totalItems", equalTo(0));
    }
}
