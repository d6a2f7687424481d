package org.migrationmptf.it;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.anonymous;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What an operator watches, on a real Liberty: /metrics has the requests per endpoint, the connection pool and the
 * JVM, and the fund's own counters move when money is booked and when the API refuses a request.
 */
@ExtendWith(ArquillianExtension.class)
class OperationsIT {

    private static final String LEDGER = "/api/funds/MIG/ledger";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    @Test
    void metricsShowRequestsPerEndpointTheConnectionPoolAndTheJvm() {
        as("fmu").get("/api/system/me").then().statusCode(200);
        String metrics = metrics();
        assertTrue(Pattern.compile("(?m)^REST_request_seconds_count\\{class=\"org\\.migrationmptf\\.platform\\.web\\."
                + "SystemResource\",method=\"me\"").matcher(metrics).find(), "requests per endpoint");
        assertTrue(metrics.contains("http_server_request_duration_seconds_count{"), "latency per route");
        assertTrue(metrics.contains("connectionpool_managedConnections{datasource=\"jdbc_mptf\""), "connection pool");
        assertTrue(metrics.contains("memory_usedHeap_bytes"), "JVM heap");
        assertTrue(metrics.contains("gc_total"), "garbage collection");
    }

    @Test
    void requestTimersAreBucketsThatInstancesCanSumNotQuantilesHeldInTheServer() {
        as("fmu").get("/api/system/me").then().statusCode(200);
        String metrics = metrics();
        assertTrue(Pattern.compile("(?m)^REST_request_seconds_bucket\\{class=\"org\\.migrationmptf\\.platform\\.web\\."
                + "SystemResource\",method=\"me\",mp_scope=\"base\",le=\"0\\.05\",\\} \\d").matcher(metrics).find(),
                "the 50 ms bucket of an endpoint's timer");
        assertTrue(Pattern.compile("(?m)^http_server_request_duration_seconds_bucket\\{.*le=\"0\\.05\"")
                .matcher(metrics).find(), "the 50 ms bucket of a route's timer");
        assertFalse(metrics.contains("quantile="), "no quantiles kept in the server (about 1 MB of heap per timer)");
    }

    @Test
    void aBookingAndARefusalAreCounted() {
        double interestBefore = counter("mptf_bookings_total", "kind=\"INTEREST\"", "type=\"Journal\"");
        double refusedBefore = counter("mptf_refusals_total", "status=\"422\"");
        String today = LocalDate.now().toString();

        as("agent").header("Idempotency-Key", "ops-" + System.nanoTime()).contentType(ContentType.JSON)
                .body(Map.of("kind", "INTEREST", "valueDate", today, "description", "Bank interest (operations test)",
                        "amount", Map.of("amount", "1.25", "currency", "USD")))
                .post(LEDGER).then().statusCode(201);
        // A refund to a contributor that names none: a rule of the fund, 422.
        as("agent").contentType(ContentType.JSON)
                .body(Map.of("kind", "REFUND_TO_CONTRIBUTOR", "valueDate", today, "description", "Refund",
                        "amount", Map.of("amount", "1.00", "currency", "USD")))
                .post(LEDGER).then().statusCode(422);

        assertEquals(interestBefore + 1, counter("mptf_bookings_total", "kind=\"INTEREST\"", "type=\"Journal\""),
                "one more interest booking");
        assertEquals(refusedBefore + 1, counter("mptf_refusals_total", "status=\"422\""), "one more 422 refusal");
        assertTrue(counter("mptf_records_created_total", "type=\"Journal\"") >= 1, "journals created");
    }

    @Test
    void healthGivesAnOperatorSomethingToActOn() {
        anonymous().get("/health/ready").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'database' }.data.latencyMs", org.hamcrest.Matchers.notNullValue());
        anonymous().get("/health/live").then().log().ifValidationFails().statusCode(200)
                .body("checks.find { it.name == 'server' }.status", equalTo("UP"));
    }

    private static String metrics() {
        return anonymous().get("/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of the counter's lines that carry every given label (0 when there is none yet). */
    private static double counter(String name, String... labels) {
        double sum = 0;
        Matcher line = Pattern.compile("(?m)^" + name + "\\{([^}]*)\\} (\\S+)$").matcher(metrics());
        while (line.find()) {
            boolean all = true;
            for (String label : labels) {
                all &= line.group(1).contains(label);
            }
            if (all) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
