package org.migrationmptf.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.migrationmptf.it.ItSupport.anonymous;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationmptf.it.HostileRequests.Endpoint;
import org.migrationmptf.it.HostileRequests.Hostile;
import org.migrationmptf.it.HostileRequests.Kind;
import org.migrationmptf.it.ProgrammeLifecycleIT.Fund;

/**
 * Hostile input (issue 7, part 5): a seeded generator ({@link HostileRequests}) sends at least 1,000 malformed or
 * hostile requests, spread over every write operation the application's OpenAPI document lists, each as a role
 * that may call it (so the refusal comes from checking the input, not from access control): broken JSON, wrong
 * types, missing and extra fields, huge strings and numbers, negative, zero, overflowing and over-precise amounts,
 * unknown currencies, impossible dates, unknown and other funds' or organisations' ids, script and SQL payloads,
 * undecodable credentials. Every answer must be a refusal (4xx, never 2xx, never 5xx) in problem+json with status,
 * title and detail, and a refusal of a field must name it in {@code errors}; and nothing may be booked: the ledger
 * and the funding status of the fund used, and of the Migration MPTF, are the same after the run.
 *
 * <p>{@code -Dhostile.seed=...} replays a run (the seed is printed, and is in every failure);
 * {@code -Dhostile.requests=...} sends more (default 1,020: 17 to each of the 60 write operations).
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());
    private static final long SEED = Long.getLong("hostile.seed", System.currentTimeMillis());
    private static final int REQUESTS = Integer.getInteger("hostile.requests", 1_020);
    private static final int CLIENTS = Integer.getInteger("hostile.clients", 4);

    /**
     * Who may call each write operation. A write operation the OpenAPI document lists and this table does not fails
     * the test: a new write endpoint is fuzzed from the day it exists.
     */
    private static final Map<String, String> CALLER = new TreeMap<>();

    static {
        for (String op : List.of("POST /api/concept-notes", "PUT /api/concept-notes/{id}", "POST /api/concept-notes/{id}/submit",
                "POST /api/programmes", "PUT /api/programmes/{id}", "PUT /api/programmes/{id}/budget",
                "POST /api/programmes/{id}/budget/check", "POST /api/programmes/{id}/submit",
                "POST /api/programmes/{id}/expenditure-reports", "POST /api/programmes/{id}/progress-reports",
                "PUT /api/programmes/{id}/results-framework", "POST /api/programmes/{id}/revisions",
                "POST /api/programmes/{id}/final-expenditure")) {
            CALLER.put(op, "iom");
        }
        for (String op : List.of("POST /api/contributors", "POST /api/funds/{code}/agreements", "POST /api/funds/{code}/deposits",
                "POST /api/funds/{code}/deposits/preview", "POST /api/funds/{code}/ledger",
                "POST /api/funds/{code}/ledger/{id}/reversal", "POST /api/funds/{code}/refunds-from-organisations",
                "POST /api/funds/{code}/transfers", "POST /api/programmes/{id}/transfers", "POST /api/programmes/{id}/refunds")) {
            CALLER.put(op, "agent");
        }
        for (String op : List.of("POST /api/concept-notes/{id}/endorse", "POST /api/concept-notes/{id}/invite",
                "POST /api/concept-notes/{id}/reject", "POST /api/concept-notes/{id}/reviewers",
                "POST /api/concept-notes/{id}/reviews", "POST /api/funds", "PUT /api/funds/{code}",
                "POST /api/funds/{code}/calls", "POST /api/funds/{code}/calls/{id}/close", "POST /api/funds/{code}/calls/{id}/decide",
                "POST /api/funds/{code}/calls/{id}/open", "POST /api/funds/{code}/commitments",
                "POST /api/funds/{code}/committee/meetings", "PUT /api/funds/{code}/committee/meetings/{id}",
                "PUT /api/funds/{code}/committee/meetings/{id}/attendance", "POST /api/funds/{code}/committee/meetings/{id}/decisions",
                "POST /api/funds/{code}/committee/meetings/{id}/held", "POST /api/funds/{code}/committee/meetings/{id}/minutes-approval",
                "POST /api/funds/{code}/committee/members", "PUT /api/funds/{code}/committee/members/{id}",
                "PUT /api/funds/{code}/decisions/{id}", "PUT /api/funds/{code}/objectives/{objective}/area",
                "POST /api/funds/{code}/thematic-areas", "PUT /api/funds/{code}/thematic-areas/{number}",
                "POST /api/organisations", "PUT /api/organisations/{acronym}", "POST /api/organisations/{acronym}/focal-points",
                "POST /api/programmes/{id}/approve", "POST /api/programmes/{id}/cancel", "POST /api/programmes/{id}/close",
                "POST /api/programmes/{id}/expenditure-reports/{report}/review",
                "POST /api/programmes/{id}/progress-reports/{report}/review", "POST /api/programmes/{id}/resume",
                "POST /api/programmes/{id}/return", "POST /api/programmes/{id}/revisions/{revision}/approve",
                "POST /api/programmes/{id}/revisions/{revision}/refuse", "POST /api/programmes/{id}/suspend")) {
            CALLER.put(op, "fmu");
        }
    }

    /** Operations on a record led by IOM: UNICEF's focal point is not party to it and must be refused. */
    private static final List<String> LEAD_ONLY = List.of("PUT /api/concept-notes/{id}", "POST /api/concept-notes/{id}/submit",
            "PUT /api/programmes/{id}", "PUT /api/programmes/{id}/budget", "POST /api/programmes/{id}/submit");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /** The records the requests point at: a fund of this run with money, a committee and an active programme. */
    private record Fixture(Fund fund, long programme, long note, long call, long meeting, long decision, int member,
                           long agreement, long contributor, long journal, Map<String, Object> foreign) {

        Object id(String name) {
            return switch (name) {
                case "agreementId" -> agreement;
                case "contributorId" -> contributor;
                case "programmeId", "recordId" -> programme;
                case "decisionId" -> decision;
                case "callId" -> call;
                case "conceptNoteId" -> note;
                case "presentMemberId", "memberId" -> member;
                case "instalmentId" -> null;
                default -> null;
            };
        }

        String path(String template) {
            String path = template.replace("{code}", fund.code()).replace("{acronym}", "IOM").replace("{number}", "1")
                    .replace("{objective}", "1").replace("{report}", "1").replace("{revision}", "1");
            if (template.startsWith("/api/concept-notes/")) {
                path = path.replace("{id}", Long.toString(note));
            } else if (template.startsWith("/api/programmes/")) {
                path = path.replace("{id}", Long.toString(programme));
            } else if (template.contains("/calls/")) {
                path = path.replace("{id}", Long.toString(call));
            } else if (template.contains("/meetings/")) {
                path = path.replace("{id}", Long.toString(meeting));
            } else if (template.contains("/members/")) {
                path = path.replace("{id}", Integer.toString(member));
            } else if (template.contains("/decisions/")) {
                path = path.replace("{id}", Long.toString(decision));
            } else if (template.contains("/ledger/")) {
                path = path.replace("{id}", Long.toString(journal));
            }
            return path;
        }
    }

    private static Fixture fixture() {
        Fund fund = ProgrammeLifecycleIT.fund("HX", "1000000.00");
        long programme = DashboardIT.activeProgramme(fund);
        JsonPath p = as("fmu").get("/api/programmes/" + programme).then().statusCode(200).extract().jsonPath();
        long note = p.getLong("conceptNoteId");
        long call = as("fmu").get("/api/concept-notes/" + note).then().statusCode(200).extract().jsonPath().getLong("callId");
        long decision = fund.decision("APPROVE_ALLOCATION", "JOINT_PROGRAMME", programme, "1000");
        long meeting = as("fmu").get("/api/funds/" + fund.code() + "/decisions/" + decision).then().statusCode(200)
                .extract().jsonPath().getLong("meetingId");
        JsonPath agreements = as("agent").get("/api/funds/" + fund.code() + "/agreements").then().statusCode(200).extract().jsonPath();
        JsonPath ledger = as("agent").get("/api/funds/" + fund.code() + "/ledger").then().statusCode(200).extract().jsonPath();

        // Records of another fund (the Migration MPTF's demo records) for the foreign-id requests.
        Map<String, Object> foreign = new LinkedHashMap<>();
        foreign.put("agreementId", firstId("agent", "/api/funds/MIG/agreements"));
        foreign.put("decisionId", firstId("fmu", "/api/funds/MIG/decisions"));
        foreign.put("programmeId", firstId("fmu", "/api/programmes?fund=MIG"));
        // Not a call or a concept note: a focal point may write a note for any fund's open call.
        foreign.values().removeIf(Objects::isNull);
        return new Fixture(fund, programme, note, call, meeting, decision, fund.members().get(0),
                agreements.getLong("items[0].id"), agreements.getLong("items[0].contributorId"), ledger.getLong("items[0].id"),
                foreign);
    }

    private static Object firstId(String user, String path) {
        Response r = as(user).get(path);
        if (r.statusCode() != 200) {
            return null;
        }
        Object id = r.jsonPath().get("items[0].id");
        if (id == null) {
            id = r.jsonPath().get("[0].id");
        }
        return id;
    }

    /** What must not change: the journals and their lines, and the funding status, of a fund. */
    private static String booked(String fund) {
        JsonPath ledger = as("agent").queryParam("size", 200).get("/api/funds/" + fund + "/ledger").then().statusCode(200)
                .extract().jsonPath();
        String status = as("agent").get("/api/funds/" + fund + "/funding-status").then().statusCode(200).extract().asString();
        return "journals=" + ledger.getInt("totalItems") + " lines(first page)=" + ledger.getList("items.lines.flatten()").size()
                + " fundingStatus=" + status;
    }

    @Test
    void everyWriteEndpointRefusesHostileInputWithProblemJsonNamingTheFieldAndBooksNothing() {
        LOG.info("HostileInputIT seed " + SEED + " (replay with -Dhostile.seed=" + SEED + "), " + REQUESTS + " requests");
        Map<String, Object> openApi = anonymous().queryParam("format", "json").get("/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) openApi.get("paths");
        @SuppressWarnings("unchecked")
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) openApi.get("components")).get("schemas");
        List<String> unknown = new ArrayList<>();
        List<Endpoint> endpoints = HostileRequests.writeEndpoints(paths, name -> {
            String user = CALLER.get(name);
            if (user == null) {
                unknown.add(name);
            }
            return user;
        });
        assertTrue(unknown.isEmpty(), "Write endpoints HostileInputIT does not know who may call; add them to CALLER: " + unknown);
        assertTrue(endpoints.size() >= 50, "The OpenAPI document lists only " + endpoints.size() + " write operations");

        Fixture fixture = fixture();
        String fund = fixture.fund().code();
        String ownBefore = booked(fund);
        String migBefore = booked("MIG");

        HostileRequests generator = new HostileRequests(schemas, fixture::id, name -> fixture.foreign().get(name), SEED);
        int perEndpoint = Math.max(1, (REQUESTS + endpoints.size() - 1) / endpoints.size());
        Map<String, Map<Kind, Integer>> counts = new TreeMap<>();
        Map<Kind, Integer> perKind = new TreeMap<>();
        Map<Integer, Integer> perStatus = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<Hostile> plan = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String path = fixture.path(endpoint.template());
            String foreignUser = LEAD_ONLY.contains(endpoint.name()) ? "unicef" : null;
            plan.addAll(generator.generate(endpoint, path, foreignUser, perEndpoint));
        }
        long started = System.nanoTime();
        // Sent by a few clients at once, as hostile clients would; each answer is judged on its own.
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<String>> verdicts = new ArrayList<>();
        List<Response> responses = new ArrayList<>(Collections.nCopies(plan.size(), null));
        for (int i = 0; i < plan.size(); i++) {
            int n = i;
            verdicts.add(clients.submit(() -> {
                Response response = send(plan.get(n));
                responses.set(n, response);
                String problem = judge(plan.get(n), response);
                return problem == null ? null : problem + "\n      " + plan.get(n).describe() + "\n      -> "
                        + response.statusCode() + " " + response.contentType() + " " + abbreviate(response.asString());
            }));
        }
        clients.shutdown();
        int sent = 0;
        for (int i = 0; i < plan.size(); i++) {
            String problem;
            try {
                problem = verdicts.get(i).get(10, TimeUnit.MINUTES);
            } catch (Exception e) {
                problem = "no answer: " + e + "\n      " + plan.get(i).describe();
            }
            sent++;
            Hostile hostile = plan.get(i);
            counts.computeIfAbsent(hostile.endpoint().name(), k -> new TreeMap<>()).merge(hostile.kind(), 1, Integer::sum);
            perKind.merge(hostile.kind(), 1, Integer::sum);
            if (responses.get(i) != null) {
                perStatus.merge(responses.get(i).statusCode(), 1, Integer::sum);
            }
            if (problem != null && failures.size() < 200) {
                failures.add(problem);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        StringBuilder report = new StringBuilder("Hostile input, seed " + SEED + ": " + sent + " requests to " + endpoints.size()
                + " write endpoints in " + seconds + " s\n  per class: " + perKind + "\n  per status: " + perStatus + "\n");
        counts.forEach((name, kinds) -> report.append("  ").append(name).append(": ").append(kinds).append('\n'));
        LOG.info(report.toString());
        System.out.println(report);

        String ownAfter = booked(fund);
        String migAfter = booked("MIG");
        if (!failures.isEmpty()) {
            fail(failures.size() + " hostile requests were not refused as they should be (seed " + SEED
                    + ", replay with -Dhostile.seed=" + SEED + "):\n  " + String.join("\n  ", failures));
        }
        assertTrue(sent >= 1_000 || REQUESTS < 1_000, "only " + sent + " requests sent");
        assertEquals(ownBefore, ownAfter, "hostile requests booked something in fund " + fund + " (seed " + SEED + ")");
        assertEquals(migBefore, migAfter, "hostile requests booked something in the Migration MPTF (seed " + SEED + ")");
    }

    private static Response send(Hostile hostile) {
        RequestSpecification request = hostile.authorization() != null
                ? anonymous().header("Authorization", hostile.authorization())
                : as(hostile.user());
        request = request.config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                .encodeContentTypeAs(hostile.contentType(), io.restassured.http.ContentType.TEXT)));
        // Bookings take an Idempotency-Key: a fresh one, so that a refusal is never a replay of an earlier answer.
        request = request.header("Idempotency-Key", "hostile-" + SEED + "-" + System.nanoTime()).urlEncodingEnabled(false);
        if (hostile.body() != null) {
            request = request.contentType(hostile.contentType()).body(hostile.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.request(hostile.endpoint().method(), hostile.path());
    }

    /** Null when the answer is right, else what is wrong with it. */
    private static String judge(Hostile hostile, Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "5xx";
        }
        if (status < 400) {
            return "not refused (" + status + ")";
        }
        String contentType = String.valueOf(response.contentType());
        if (!contentType.startsWith("application/problem+json")) {
            return "refusal is not application/problem+json";
        }
        JsonPath problem;
        try {
            problem = response.jsonPath();
        } catch (RuntimeException e) {
            return "problem body is not JSON";
        }
        Object problemStatus = problem.get("status");
        if (!(problemStatus instanceof Number n) || n.intValue() != status) {
            return "problem status " + problemStatus + " is not the HTTP status";
        }
        if (blank(problem.getString("title")) || blank(problem.getString("detail")) || blank(problem.getString("type"))) {
            return "problem without type, title or detail";
        }
        if (hostile.kind() == Kind.BAD_CREDENTIALS) {
            return status == 401 ? null : "credentials refused with " + status + ", not 401";
        }
        if (status == 403 && hostile.kind() != Kind.FOREIGN_ID) {
            return "refused by access control, not by checking the input: is CALLER right?";
        }
        List<String> fields = problem.getList("errors.field");
        boolean fieldLevel = status == 400 || status == 422 || status == 404 && hostile.field() != null;
        if (fieldLevel && (fields == null || fields.isEmpty() || fields.stream().anyMatch(HostileInputIT::blank))) {
            return "refusal names no field";
        }
        if (hostile.field() != null && (status == 400 || hostile.kind() != Kind.FOREIGN_ID && hostile.kind() != Kind.UNKNOWN_ID
                && status == 422)) {
            String expected = hostile.field();
            boolean named = fields.stream().anyMatch(f -> f.equals(expected) || f.startsWith(expected + ".")
                    || f.startsWith(expected + "[") || expected.startsWith(f + ".") || expected.startsWith(f + "["));
            if (!named) {
                return "refusal does not name " + expected + " but " + fields;
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() > 400 ? s.substring(0, 400) + "..." : s;
    }
}
