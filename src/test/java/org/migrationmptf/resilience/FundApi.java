package org.migrationmptf.resilience;

import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The fund's API as the load driver calls it: plain HTTP with a timeout, HTTP Basic as a demo user, JSON bodies.
 * One instance per driver; {@link HttpClient} is shared by every client thread.
 */
final class FundApi {

    /** What one HTTP exchange gave: a status, or none at all (timeout, refused or dropped connection). */
    record Answer(int status, String body, String contentType, String failure) {

        boolean answered() {
            return failure == null;
        }

        JsonPath json() {
            return JsonPath.from(body);
        }

        @Override
        public String toString() {
            return answered() ? status + " " + body : "no answer: " + failure;
        }
    }

    private final HttpClient http;
    private final Duration timeout;
    private final String password;

    FundApi(Duration timeout, String password) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).version(HttpClient.Version.HTTP_1_1)
                .build();
        this.timeout = timeout;
        this.password = password;
    }

    Answer send(String baseUrl, String method, String path, String user, Object body, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JsonOutput.toJson(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), null);
        } catch (IOException e) {
            return new Answer(0, "", "", e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "", "", "interrupted");
        }
    }

    /** A set-up call that must succeed (retried while an instance is still warming up). */
    JsonPath required(String baseUrl, String method, String path, String user, Object body, int expected) {
        Answer answer = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            answer = send(baseUrl, method, path, user, body, null);
            if (answer.status() == expected) {
                return answer.body().isEmpty() ? null : answer.json();
            }
            if (answer.answered() && answer.status() < 500) {
                break;
            }
            pause(1000);
        }
        throw new IllegalStateException(method + " " + path + " as " + user + ": expected " + expected + ", got " + answer);
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The fund the run books on: its own fund, committee, contributor, agreement and decisions. */
    record Fund(String code, long agreement, List<Long> programmes, Map<Long, Long> allocations,
            Map<Long, Long> instructions) {
    }

    Fund setUp(String baseUrl, String code, int programmes, String today) {
        required(baseUrl, "POST", "/api/funds", "fmu", Map.of("code", code, "reportingCurrency", "USD",
                "parameters", Map.ofEntries(Map.entry("name", "Load run " + code),
                        Map.entry("administrativeAgentFeeRate", "0.01"), Map.entry("indirectCostCapRate", "0.07"),
                        Map.entry("mobilisationTarget", "1000000000.00"), Map.entry("operatingReserve", "0"),
                        Map.entry("expenditureReportDue", "04-30"), Map.entry("progressReportDue", "03-31"),
                        Map.entry("progressReporting", "ANNUAL"), Map.entry("minimumOrganisations", 2),
                        Map.entry("conceptNoteBudgetCeiling", "500000"), Map.entry("conceptNoteMaxDurationMonths", 24),
                        Map.entry("quorumPercent", 50))), 201);
        List<Object> members = new java.util.ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            members.add(required(baseUrl, "POST", "/api/funds/" + code + "/committee/members", "fmu", Map.of(
                    "fullName", "Member " + i, "constituency", "CONTRIBUTING_STATE", "seat", "Seat " + i,
                    "termStart", "2020-01-01", "chair", i == 1), 201).get("id"));
        }
        int meeting = required(baseUrl, "POST", "/api/funds/" + code + "/committee/meetings", "fmu", Map.of(
                "meetsOn", today, "title", "Allocations of " + code, "agenda", List.of("Allocations")), 201).getInt("id");
        String meetingPath = "/api/funds/" + code + "/committee/meetings/" + meeting;
        required(baseUrl, "PUT", meetingPath + "/attendance", "fmu", Map.of("presentMemberIds", members), 200);
        required(baseUrl, "POST", meetingPath + "/held", "fmu", null, 200);

        long contributor = required(baseUrl, "POST", "/api/contributors", "agent", Map.of("name", "Contributor of " + code,
                "type", "GOVERNMENT", "countryCode", "NOR", "stage", "PLEDGED",
                "expected", Map.of("amount", "1000000000", "currency", "USD")), 201).getLong("id");
        long agreement = required(baseUrl, "POST", "/api/funds/" + code + "/agreements", "agent", Map.of(
                "contributorId", contributor, "reference", "SAA-" + code, "signedOn", today,
                "total", Map.of("amount", "1000000000.00", "currency", "USD"), "earmarkKind", "UNEARMARKED",
                "instalments", List.of(Map.of("dueOn", today,
                        "amount", Map.of("amount", "1000000000.00", "currency", "USD")))), 201).getLong("id");

        List<Long> ids = new java.util.ArrayList<>();
        Map<Long, Long> allocations = new java.util.HashMap<>();
        Map<Long, Long> instructions = new java.util.HashMap<>();
        for (int p = 0; p < programmes; p++) {
            long programme = 900_000 + p;
            ids.add(programme);
            allocations.put(programme, decision(baseUrl, meetingPath, "APPROVE_ALLOCATION", "50000000.00", programme, today));
            instructions.put(programme, decision(baseUrl, meetingPath, "INSTRUCT_TRANSFER", "50000000.00", programme, today));
        }
        return new Fund(code, agreement, List.copyOf(ids), Map.copyOf(allocations), Map.copyOf(instructions));
    }

    private long decision(String baseUrl, String meetingPath, String type, String amount, long programme, String today) {
        return required(baseUrl, "POST", meetingPath + "/decisions", "fmu", Map.of("type", type,
                "title", type + " for programme " + programme, "text", "Decided for the load run.",
                "effectiveOn", today, "amount", Map.of("amount", amount, "currency", "USD"),
                "subjects", List.of(Map.of("recordType", "JOINT_PROGRAMME", "recordId", programme))), 201).getLong("id");
    }
}
