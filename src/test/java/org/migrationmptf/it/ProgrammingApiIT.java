package org.migrationmptf.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Calls for concept notes and concept notes through the API: drafting, screening, submission, who sees what. */
@ExtendWith(ArquillianExtension.class)
class ProgrammingApiIT {

    private static final LocalDate TODAY = LocalDate.now();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    private static int openCall() {
        int call = as("fmu").contentType(ContentType.JSON)
                .body(Map.of("title", "Call " + System.nanoTime(), "opensOn", TODAY.minusDays(1).toString(),
                        "closesOn", TODAY.plusDays(30).toString(), "scopes", List.of("NATIONAL"), "thematicAreas", List.of(4),
                        "budgetCeiling", Map.of("amount", "2000000", "currency", "USD")))
                .post("/api/funds/MIG/calls").then().statusCode(201).body("status", equalTo("DRAFT"))
                .body("maxDurationMonths", equalTo(36)).extract().path("id");
        as("fmu").post("/api/funds/MIG/calls/" + call + "/open").then().statusCode(200).body("status", equalTo("OPEN"));
        return call;
    }

    private static Map<String, Object> note(int call, String budget, List<String> partners) {
        Map<String, Object> note = new HashMap<>();
        note.put("callId", call);
        note.put("title", "Fair recruitment corridor");
        note.put("summary", "Joint work on fair recruitment between two countries.");
        note.put("scope", "NATIONAL");
        note.put("thematicArea", 4);
        note.put("requestedBudget", Map.of("amount", budget, "currency", "USD"));
        note.put("durationMonths", 24);
        note.put("genderMarker", 2);
        note.put("humanRightsMarker", 2);
        note.put("childMarker", 1);
        note.put("organisations", partners);
        note.put("countries", List.of("MEX"));
        note.put("objectives", List.of(6));
        note.put("principles", List.of(1, 7));
        return note;
    }

    @Test
    void aFocalPointDraftsAndSubmitsAndScreeningSendsItToReview() {
        int call = openCall();
        int id = as("iom").contentType(ContentType.JSON).body(note(call, "1500000.00", List.of("UNICEF")))
                .post("/api/concept-notes").then().statusCode(201)
                .body("status", equalTo("DRAFT")).body("lead", equalTo("IOM"))
                .body("organisations", hasItems("IOM", "UNICEF")).extract().path("id");
        as("iom").get("/api/concept-notes/" + id + "/screening").then().statusCode(200).body("eligible", equalTo(true));
        as("unicef").get("/api/concept-notes/" + id).then().statusCode(200);
        as("unicef").contentType(ContentType.JSON).body(note(call, "1.00", List.of("IOM")))
                .put("/api/concept-notes/" + id).then().statusCode(403);
        as("chair").queryParam("size", 200).get("/api/concept-notes").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        as("iom").post("/api/concept-notes/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW")).body("submittedAt", org.hamcrest.Matchers.notNullValue());
        as("chair").queryParam("size", 200).get("/api/concept-notes").then().body("items.id", hasItem(id));
        as("iom").contentType(ContentType.JSON).body(note(call, "1.00", List.of("UNICEF")))
                .put("/api/concept-notes/" + id).then().statusCode(409);
    }

    /** How many notes the list says the caller's filter matches. */
    private static int total(String user, int call, String status) {
        var request = as(user).queryParam("call", call).queryParam("size", 1);
        if (status != null) {
            request = request.queryParam("status", status);
        }
        return request.get("/api/concept-notes").then().statusCode(200).extract().path("totalItems");
    }

    /** The list remembers its totals per filter (NoteTotals): every kind of change to a note must show at once. */
    @Test
    void theListsTotalsFollowEveryChangeToANote() {
        int call = openCall();
        // Asked first, so that each total is remembered before the change that must replace it.
        for (String user : List.of("fmu", "chair", "unicef")) {
            assertEquals(0, total(user, call, null), user);
        }
        assertEquals(0, total("fmu", call, "DRAFT"));
        int id = as("iom").contentType(ContentType.JSON).body(note(call, "1500000.00", List.of("ILO")))
                .post("/api/concept-notes").then().statusCode(201).extract().path("id");
        assertEquals(1, total("fmu", call, null), "a new draft counts for the FMU");
        assertEquals(1, total("fmu", call, "DRAFT"));
        assertEquals(0, total("chair", call, null), "the committee sees no drafts");
        assertEquals(0, total("unicef", call, null), "UNICEF is not on it yet");

        // Only the partners change: a collection of the note, not one of its columns.
        as("iom").contentType(ContentType.JSON).body(note(call, "1500000.00", List.of("UNICEF")))
                .put("/api/concept-notes/" + id).then().statusCode(200);
        assertEquals(1, total("unicef", call, null), "UNICEF now takes part");

        as("iom").post("/api/concept-notes/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("UNDER_REVIEW"));
        assertEquals(0, total("fmu", call, "DRAFT"), "no longer a draft");
        assertEquals(1, total("fmu", call, "UNDER_REVIEW"));
        assertEquals(1, total("chair", call, null), "submitted notes reach the committee");
        assertEquals(1, total("fmu", call, null));
    }

    @Test
    void anIneligibleNoteIsToldWhyInWords() {
        int call = openCall();
        int id = as("iom").contentType(ContentType.JSON).body(note(call, "2500000.00", List.of()))
                .post("/api/concept-notes").then().statusCode(201).extract().path("id");
        as("iom").get("/api/concept-notes/" + id + "/screening").then().statusCode(200)
                .body("eligible", equalTo(false))
                .body("problems", hasItem(containsString("at least 2 participating UN organisations")))
                .body("problems", hasItem(containsString("above the call's ceiling of 2000000")));
        as("iom").post("/api/concept-notes/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("INELIGIBLE"))
                .body("screeningReasons", hasItem(containsString("ceiling")));
    }

    @Test
    void anotherOrganisationsDraftIsNotFound() {
        int call = openCall();
        int id = as("iom").contentType(ContentType.JSON).body(note(call, "100000.00", List.of("ILO")))
                .post("/api/concept-notes").then().statusCode(201).extract().path("id");
        as("unicef").get("/api/concept-notes/" + id).then().statusCode(404)
                .header("Content-Type", containsString("application/problem+json"));
        as("unicef").queryParam("size", 200).get("/api/concept-notes").then().body("items.id", not(hasItem(id)));
        as("unicef").post("/api/concept-notes/" + id + "/submit").then().statusCode(404);
        as("fmu").get("/api/concept-notes/" + id).then().statusCode(200);
        as("auditor").get("/api/concept-notes/" + id).then().statusCode(200);
        as("chair").get("/api/concept-notes/" + id).then().statusCode(404);
        as("donor").get("/api/concept-notes").then().statusCode(403);
        as("fmu").contentType(ContentType.JSON).body(note(call, "1.00", List.of("ILO")))
                .post("/api/concept-notes").then().statusCode(403);
    }

    @Test
    void badNotesAndCallsAreRefusedNamingTheField() {
        int call = openCall();
        Map<String, Object> bad = note(call, "-1", List.of("UNICEF"));
        bad.put("title", "");
        bad.put("genderMarker", 4);
        bad.put("countries", List.of("mx"));
        bad.put("objectives", List.of(24));
        as("iom").contentType(ContentType.JSON).body(bad).post("/api/concept-notes").then().statusCode(400)
                .body("errors.field", hasItems("title", "genderMarker", "requestedBudget.amount"));
        Map<String, Object> unknown = note(call, "10.00", List.of("NOPE"));
        as("iom").contentType(ContentType.JSON).body(unknown).post("/api/concept-notes").then().statusCode(422)
                .body("errors.field", hasItem("organisations"));
        as("iom").contentType(ContentType.JSON).body(note(999999, "10.00", List.of())).post("/api/concept-notes")
                .then().statusCode(404);
        as("fmu").contentType(ContentType.JSON).body(Map.of("title", "Backwards", "opensOn", "2026-05-01",
                "closesOn", "2026-04-01", "scopes", List.of("GLOBAL"))).post("/api/funds/MIG/calls").then()
                .statusCode(422).body("errors.field", hasItem("closesOn"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("title", "Unknown area", "opensOn", "2026-05-01",
                "closesOn", "2026-06-01", "scopes", List.of("GLOBAL"), "thematicAreas", List.of(9)))
                .post("/api/funds/MIG/calls").then().statusCode(422).body("errors.field", hasItem("thematicAreas"));
        as("iom").contentType(ContentType.JSON).body(Map.of("title", "Mine", "opensOn", "2026-05-01",
                "closesOn", "2026-06-01", "scopes", List.of("GLOBAL"))).post("/api/funds/MIG/calls").then().statusCode(403);
        as("iom").get("/api/funds/MIG/calls/" + call).then().statusCode(200).body("status", equalTo("OPEN"));
    }
}
