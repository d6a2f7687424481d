package org.migrationmptf.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.it.ItSupport.as;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fund's money through the API: agreements, deposits with the fee, the funding status's numbers, bad input
 * that books nothing, role checks, commitments and transfers on decisions, idempotency and concurrency.
 */
@ExtendWith(ArquillianExtension.class)
class MobilisationApiIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_679_616L, 36).toUpperCase();
    private static final String TODAY = LocalDate.now().toString();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ItSupport.builtApplication();
    }

    /** A fund with a committee, a contributor and a EUR agreement of 1,000,000 in two instalments. */
    private record Setup(String fund, List<Integer> members, long contributor, long agreement, long overdueInstalment) {
    }

    private static Setup setUp(String prefix) {
        String fund = prefix + RUN;
        List<Integer> members = GovernanceApiIT.fundWithCommittee(fund);
        long contributor = ((Number) as("agent").contentType(ContentType.JSON)
                .body(Map.of("name", "Government of " + fund, "type", "GOVERNMENT", "countryCode", "NOR",
                        "stage", "PLEDGED", "expected", Map.of("amount", "1000000", "currency", "EUR")))
                .post("/api/contributors").then().statusCode(201).extract().path("id")).longValue();
        JsonPath agreement = as("agent").contentType(ContentType.JSON)
                .body(Map.of("contributorId", contributor, "reference", "SAA-" + fund, "signedOn", "2025-01-01",
                        "total", Map.of("amount", "1000000.00", "currency", "EUR"), "earmarkKind", "UNEARMARKED",
                        "instalments", List.of(
                                Map.of("dueOn", "2025-01-15", "amount", Map.of("amount", "500000", "currency", "EUR")),
                                Map.of("dueOn", "2099-12-31", "amount", Map.of("amount", "500000", "currency", "EUR")))))
                .post("/api/funds/" + fund + "/agreements").then().statusCode(201).extract().jsonPath();
        return new Setup(fund, members, contributor, agreement.getLong("id"), agreement.getLong("instalments[0].id"));
    }

    private static Map<String, Object> deposit(long agreement, String amount, String currency, String rate) {
        return Map.of("agreementId", agreement, "valueDate", TODAY,
                "amount", Map.of("amount", amount, "currency", currency), "exchangeRate", rate);
    }

    private static JsonPath status(String fund) {
        return as("chair").get("/api/funds/" + fund + "/funding-status").then().statusCode(200).extract().jsonPath();
    }

    private static long decision(String fund, List<Integer> members, String type, String amount, long programme) {
        int meeting = GovernanceApiIT.heldMeeting(fund, members);
        Map<String, Object> body = new HashMap<>(GovernanceApiIT.allocation(amount, (int) programme));
        body.put("type", type);
        return ((Number) as("fmu").contentType(ContentType.JSON).body(body)
                .post("/api/funds/" + fund + "/committee/meetings/" + meeting + "/decisions").then().statusCode(201)
                .extract().path("id")).longValue();
    }

    @Test
    void aEuroDepositIsValuedInUsdAndTheFeeIsBookedWithIt() {
        Setup s = setUp("EUR");
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "400000.00", "EUR", "1.08125"))
                .post("/api/funds/" + s.fund() + "/deposits/preview").then().statusCode(200)
                .body("reportingValue.amount", equalTo("432500.00"))
                .body("fee.amount", equalTo("4325.00"))
                .body("net.amount", equalTo("428175.00"));
        assertEquals("0.00", status(s.fund()).getString("contributions.amount"), "a preview books nothing");

        Response first = as("agent").header("Idempotency-Key", "dep-" + s.fund()).contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "400000.00", "EUR", "1.08125")).post("/api/funds/" + s.fund() + "/deposits");
        first.then().statusCode(201).body("reportingValue.amount", equalTo("432500.00"));
        as("agent").header("Idempotency-Key", "dep-" + s.fund()).contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "400000.00", "EUR", "1.08125")).post("/api/funds/" + s.fund() + "/deposits")
                .then().statusCode(201).body("id", equalTo(first.path("id")));

        JsonPath status = status(s.fund());
        assertEquals("432500.00", status.getString("contributions.amount"));
        assertEquals("4325.00", status.getString("administrativeAgentFees.amount"));
        assertEquals("428175.00", status.getString("balanceWithAdministrativeAgent.amount"));
        assertEquals("432500.00", status.getString("totalSources.amount"));
        assertEquals("USD", status.getString("balanceWithAdministrativeAgent.currency"));

        JsonPath ledger = as("auditor").get("/api/funds/" + s.fund() + "/ledger").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().jsonPath();
        BigDecimal sum = ledger.getList("items[0].lines.amount.amount", String.class).stream()
                .map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.signum(), "the deposit's journal balances");

        as("fmu").get("/api/funds/" + s.fund() + "/agreements/" + s.agreement()).then().statusCode(200)
                .body("deposited.amount", equalTo("400000.00"))
                .body("instalments[0].overdue", equalTo(true))
                .body("instalments[1].overdue", equalTo(false));
        // The list (read as columns) shows what the agreement's own page shows.
        String agreements = "/api/funds/" + s.fund() + "/agreements";
        as("fmu").get(agreements).then().statusCode(200).body("totalItems", equalTo(1))
                .body("items[0].id", equalTo((int) s.agreement()))
                .body("items[0].contributor", equalTo("Government of " + s.fund()))
                .body("items[0].total.amount", equalTo("1000000.00"))
                .body("items[0].deposited.amount", equalTo("400000.00"))
                .body("items[0].instalments.sequence", contains(1, 2))
                .body("items[0].instalments.amount.amount", contains("500000.00", "500000.00"))
                .body("items[0].instalments.deposited.amount", contains("0.00", "0.00"))
                .body("items[0].instalments.overdue", contains(true, false));
        as("fmu").queryParam("contributorId", s.contributor()).get(agreements).then().body("totalItems", equalTo(1));
        as("fmu").queryParam("contributorId", s.contributor() + 100000).get(agreements).then()
                .body("totalItems", equalTo(0));
        as("fmu").queryParam("page", 3).get(agreements).then().statusCode(200).body("items", hasSize(0))
                .body("totalItems", equalTo(1));
        assertEquals(List.of("CASH", "CONTRIBUTIONS", "AA_FEES", "CASH"), ledger.getList("items[0].lines.account"));
        assertEquals(List.of("432500.00", "-432500.00"), ledger.getList("items[0].lines.amount.amount").subList(0, 2));
        as("fmu").get("/api/contributors/" + s.contributor() + "/statement").then().statusCode(200)
                .body("depositedReportingValue.amount", equalTo("432500.00"))
                .body("fees.amount", equalTo("4325.00"));
    }

    @Test
    void badMoneyIsRefusedAndBooksNothing() {
        Setup s = setUp("BAD");
        String url = "/api/funds/" + s.fund() + "/deposits";
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "-5", "EUR", "1.1")).post(url).then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("errors.field", hasItems("amount.amount"));
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "0", "EUR", "0")).post(url).then()
                .statusCode(400).body("errors.field", hasItems("amount.amount", "exchangeRate"));
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "10.00001", "EUR", "1.1")).post(url).then()
                .statusCode(400).body("errors.field", hasItems("amount.amount"));
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "10", "XYZ", "1.1")).post(url).then()
                .statusCode(422).body("errors.field", hasItems("amount.currency"));
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "10", "USD", "1")).post(url).then()
                .statusCode(422).body("errors.field", hasItems("currency"));
        as("agent").contentType(ContentType.JSON).body(deposit(s.agreement(), "1000000.01", "EUR", "1.1")).post(url).then()
                .statusCode(422).body("detail", containsString("left to receive"));
        Map<String, Object> future = new HashMap<>(deposit(s.agreement(), "10", "EUR", "1.1"));
        future.put("valueDate", LocalDate.now().plusDays(2).toString());
        as("agent").contentType(ContentType.JSON).body(future).post(url).then().statusCode(400)
                .body("errors.field", hasItems("valueDate"));
        as("agent").contentType(ContentType.JSON).body(deposit(999999, "10", "EUR", "1.1")).post(url).then().statusCode(404);
        as("agent").contentType(ContentType.JSON).body("{\"amount\": {\"amount\": \"lots\"}}").post(url).then().statusCode(400);
        as("agent").contentType(ContentType.JSON)
                .body(Map.of("contributorId", s.contributor(), "reference", "X-" + s.fund(), "signedOn", "2025-01-01",
                        "total", Map.of("amount", "10", "currency", "EUR"), "earmarkKind", "THEMATIC_AREA",
                        "earmarkValue", "9", "instalments", List.of(Map.of("dueOn", "2025-02-01",
                                "amount", Map.of("amount", "10", "currency", "EUR")))))
                .post("/api/funds/" + s.fund() + "/agreements").then().statusCode(422).body("errors.field", hasItems("earmarkValue"));
        assertEquals("0.00", status(s.fund()).getString("contributions.amount"));
        as("auditor").get("/api/funds/" + s.fund() + "/ledger").then().body("totalItems", equalTo(0));
    }

    @Test
    void onlyTheAdministrativeAgentRecordsMoney() {
        Setup s = setUp("ROL");
        for (String user : List.of("fmu", "chair", "donor", "iom", "auditor")) {
            as(user).contentType(ContentType.JSON).body(deposit(s.agreement(), "10", "EUR", "1.1"))
                    .post("/api/funds/" + s.fund() + "/deposits").then().statusCode(403);
        }
        as("iom").get("/api/funds/" + s.fund() + "/ledger").then().statusCode(403);
        as("donor").get("/api/contributors/" + s.contributor() + "/statement").then().statusCode(403);
        as("donor").get("/api/funds/" + s.fund() + "/funding-status").then().statusCode(200);
    }

    @Test
    void aContributorSeesItsOwnAgreementsAndStatementOnly() {
        // The demo user "donor" is linked to the demo Government of Norway.
        JsonPath own = as("donor").queryParam("size", 200).get("/api/funds/MIG/agreements").then().statusCode(200)
                .extract().jsonPath();
        List<String> contributors = own.getList("items.contributor");
        assertTrue(!contributors.isEmpty() && contributors.stream().allMatch("Government of Norway"::equals),
                "donor sees only Norway's agreements: " + contributors);
        long norway = own.getLong("items[0].contributorId");
        as("donor").get("/api/contributors/" + norway + "/statement").then().statusCode(200)
                .body("contributor", equalTo("Government of Norway"));
        as("donor").get("/api/contributors/" + norway).then().statusCode(200);
        long other = ((Number) as("fmu").queryParam("size", 200).get("/api/contributors").jsonPath()
                .getList("items.findAll { it.name != 'Government of Norway' }.id").get(0)).longValue();
        as("donor").queryParam("contributorId", other).get("/api/funds/MIG/agreements").then().statusCode(403);
        as("donor").get("/api/contributors/" + other + "/statement").then().statusCode(403);
        as("donor").get("/api/contributors").then().statusCode(403);
    }

    @Test
    void commitmentsAndTransfersFollowDecisionsAndNeverExceedWhatIsThere() {
        Setup s = setUp("CMT");
        as("agent").header("Idempotency-Key", "d1").contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "400000.00", "EUR", "1.08125"))
                .post("/api/funds/" + s.fund() + "/deposits").then().statusCode(201);
        long approve = decision(s.fund(), s.members(), "APPROVE_ALLOCATION", "300000.00", 77);
        String commitments = "/api/funds/" + s.fund() + "/commitments";
        as("fmu").contentType(ContentType.JSON).body(Map.of("programmeId", 77, "decisionId", approve,
                "amount", Map.of("amount", "300001.00", "currency", "USD"), "pools", List.of("UNEARMARKED")))
                .post(commitments).then().statusCode(422).body("errors.field", hasItems("decisionId"));
        as("fmu").header("Idempotency-Key", "c77").contentType(ContentType.JSON).body(Map.of("programmeId", 77,
                        "decisionId", approve, "amount", Map.of("amount", "300000.00", "currency", "USD"),
                        "pools", List.of("UNEARMARKED")))
                .post(commitments).then().statusCode(201);
        as("fmu").get("/api/funds/" + s.fund() + "/availability").then().statusCode(200)
                .body("find { it.pool == 'UNEARMARKED' }.balance.amount", equalTo("428175.00"))
                .body("find { it.pool == 'UNEARMARKED' }.committed.amount", equalTo("300000.00"))
                .body("find { it.pool == 'UNEARMARKED' }.available.amount", equalTo("128175.00"));

        long second = decision(s.fund(), s.members(), "APPROVE_ALLOCATION", "200000.00", 78);
        as("fmu").contentType(ContentType.JSON).body(Map.of("programmeId", 78, "decisionId", second,
                        "amount", Map.of("amount", "200000.00", "currency", "USD"), "pools", List.of("UNEARMARKED")))
                .post(commitments).then().statusCode(409).body("detail", containsString("128175.00"));

        long instruct = decision(s.fund(), s.members(), "INSTRUCT_TRANSFER", "250000.00", 77);
        String transfers = "/api/funds/" + s.fund() + "/transfers";
        as("agent").contentType(ContentType.JSON).body(Map.of("programmeId", 77, "organisation", "IOM",
                        "decisionId", approve, "amount", Map.of("amount", "100000.00", "currency", "USD")))
                .post(transfers).then().statusCode(422).body("detail", containsString("not INSTRUCT_TRANSFER"));
        as("agent").header("Idempotency-Key", "t77").contentType(ContentType.JSON).body(Map.of("programmeId", 77,
                        "organisation", "IOM", "decisionId", instruct, "amount", Map.of("amount", "100000.00", "currency", "USD")))
                .post(transfers).then().statusCode(201);
        JsonPath status = status(s.fund());
        assertEquals("100000.00", status.getString("transfersToOrganisations.amount"));
        assertEquals("328175.00", status.getString("balanceWithAdministrativeAgent.amount"));
        assertEquals("200000.00", status.getString("committedNotTransferred.amount"));

        as("agent").contentType(ContentType.JSON).body(Map.of("programmeId", 77, "organisation", "IOM",
                        "decisionId", decision(s.fund(), s.members(), "INSTRUCT_TRANSFER", "250000.00", 77),
                        "amount", Map.of("amount", "250000.00", "currency", "USD")))
                .post(transfers).then().statusCode(409).body("detail", containsString("not yet transferred"));
        as("fmu").contentType(ContentType.JSON).body(Map.of("programmeId", 77, "decisionId", approve,
                        "amount", Map.of("amount", "10", "currency", "USD"), "pools", List.of("UNEARMARKED")))
                .post(commitments).then().statusCode(422).body("detail", containsString("exceed"));
    }

    @Test
    void oneIdempotencyKeyBooksOnceUnderTwentyConcurrentRequests() throws Exception {
        Setup s = setUp("IDM");
        List<Callable<Response>> same = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            same.add(() -> as("agent").header("Idempotency-Key", "same-" + s.fund()).contentType(ContentType.JSON)
                    .body(deposit(s.agreement(), "1000.00", "EUR", "1.1")).post("/api/funds/" + s.fund() + "/deposits"));
        }
        List<Response> answers = runAll(same);
        Object id = answers.get(0).path("id");
        for (Response answer : answers) {
            assertEquals(201, answer.statusCode(), answer.asString());
            assertEquals(id, answer.path("id"), "every answer names the one deposit");
        }
        assertEquals("1100.00", status(s.fund()).getString("contributions.amount"));
        as("auditor").get("/api/funds/" + s.fund() + "/ledger").then().body("totalItems", equalTo(1));
    }

    @Test
    void sixtyFourConcurrentCommitmentsNeverTakeThePoolBelowZero() throws Exception {
        long seed = Long.getLong("concurrency.seed", System.nanoTime());
        Random random = new Random(seed);
        Setup s = setUp("CON");
        as("agent").header("Idempotency-Key", "fund-it").contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "100000.00", "EUR", "1.25")).post("/api/funds/" + s.fund() + "/deposits")
                .then().statusCode(201).body("net.amount", equalTo("123750.00"));
        long approve = decision(s.fund(), s.members(), "APPROVE_ALLOCATION", "10000000.00", 501);
        List<Callable<Response>> requests = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(4000)).setScale(2);
            amounts.add(amount);
            String key = "k" + i;
            requests.add(() -> as("fmu").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("programmeId", 501, "decisionId", approve,
                            "amount", Map.of("amount", amount.toPlainString(), "currency", "USD"),
                            "pools", List.of("UNEARMARKED")))
                    .post("/api/funds/" + s.fund() + "/commitments"));
        }
        List<Response> answers = runAll(requests);
        BigDecimal committed = BigDecimal.ZERO;
        int booked = 0;
        for (int i = 0; i < answers.size(); i++) {
            int code = answers.get(i).statusCode();
            assertTrue(code == 201 || code == 409, "seed " + seed + ": request " + i + " answered " + code + " "
                    + answers.get(i).asString());
            if (code == 201) {
                booked++;
                committed = committed.add(amounts.get(i));
            }
        }
        JsonPath pool = as("fmu").get("/api/funds/" + s.fund() + "/availability").then().statusCode(200).extract().jsonPath();
        BigDecimal available = new BigDecimal(pool.getString("find { it.pool == 'UNEARMARKED' }.available.amount"));
        BigDecimal inLedger = new BigDecimal(pool.getString("find { it.pool == 'UNEARMARKED' }.committed.amount"));
        assertEquals(0, committed.compareTo(inLedger), "seed " + seed + ": every 201 is booked, nothing else");
        assertTrue(available.signum() >= 0, "seed " + seed + ": the pool never goes below zero");
        assertTrue(committed.compareTo(new BigDecimal("123750.00")) <= 0, "seed " + seed);
        assertTrue(booked > 0 && booked < 64, "seed " + seed + ": some fit, some do not (" + booked + ")");
        as("auditor").queryParam("size", 200).get("/api/funds/" + s.fund() + "/ledger").then()
                .body("totalItems", equalTo(booked + 1));
    }

    @Test
    void sixtyFourConcurrentTransfersNeverExceedTheCommitmentAndRefundsComeBack() throws Exception {
        long seed = Long.getLong("concurrency.seed", System.nanoTime());
        Random random = new Random(seed);
        Setup s = setUp("TRF");
        as("agent").header("Idempotency-Key", "in").contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "200000.00", "EUR", "1.1")).post("/api/funds/" + s.fund() + "/deposits")
                .then().statusCode(201);
        long approve = decision(s.fund(), s.members(), "APPROVE_ALLOCATION", "100000.00", 601);
        as("fmu").header("Idempotency-Key", "c601").contentType(ContentType.JSON).body(Map.of("programmeId", 601,
                        "decisionId", approve, "amount", Map.of("amount", "100000.00", "currency", "USD"),
                        "pools", List.of("UNEARMARKED")))
                .post("/api/funds/" + s.fund() + "/commitments").then().statusCode(201);
        long instruct = decision(s.fund(), s.members(), "INSTRUCT_TRANSFER", "100000.00", 601);
        List<Callable<Response>> requests = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            BigDecimal amount = BigDecimal.valueOf(1000 + random.nextInt(3000)).setScale(2);
            amounts.add(amount);
            String key = "t" + i;
            requests.add(() -> as("agent").header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("programmeId", 601, "organisation", "UNICEF", "decisionId", instruct,
                            "amount", Map.of("amount", amount.toPlainString(), "currency", "USD")))
                    .post("/api/funds/" + s.fund() + "/transfers"));
        }
        List<Response> answers = runAll(requests);
        BigDecimal sent = BigDecimal.ZERO;
        for (int i = 0; i < answers.size(); i++) {
            int code = answers.get(i).statusCode();
            assertTrue(code == 201 || code == 409, "seed " + seed + ": " + code + " " + answers.get(i).asString());
            if (code == 201) {
                sent = sent.add(amounts.get(i));
            }
        }
        assertTrue(sent.compareTo(new BigDecimal("100000.00")) <= 0, "seed " + seed + ": more sent than committed");
        JsonPath status = status(s.fund());
        assertEquals(0, sent.compareTo(new BigDecimal(status.getString("transfersToOrganisations.amount"))), "seed " + seed);
        assertEquals(0, new BigDecimal("100000.00").subtract(sent)
                .compareTo(new BigDecimal(status.getString("committedNotTransferred.amount"))), "seed " + seed);
        BigDecimal balance = new BigDecimal(status.getString("balanceWithAdministrativeAgent.amount"));
        assertEquals(0, new BigDecimal("217800.00").subtract(sent).compareTo(balance), "seed " + seed);

        Map<String, Object> refund = Map.of("programmeId", 601, "organisation", "UNICEF", "valueDate", TODAY,
                "amount", Map.of("amount", "500.00", "currency", "USD"), "pool", "UNEARMARKED");
        as("agent").header("Idempotency-Key", "r1").contentType(ContentType.JSON).body(refund)
                .post("/api/funds/" + s.fund() + "/refunds-from-organisations").then().statusCode(201);
        as("agent").header("Idempotency-Key", "r1").contentType(ContentType.JSON).body(refund)
                .post("/api/funds/" + s.fund() + "/refunds-from-organisations").then().statusCode(201);
        JsonPath after = status(s.fund());
        assertEquals("500.00", after.getString("refundsFromOrganisations.amount"));
        assertEquals(0, balance.add(new BigDecimal("500.00")).compareTo(new BigDecimal(after.getString("balanceWithAdministrativeAgent.amount"))));
        as("agent").contentType(ContentType.JSON).body(Map.of("programmeId", 601, "organisation", "UNICEF",
                        "valueDate", TODAY, "amount", Map.of("amount", "1000000.00", "currency", "USD"), "pool", "UNEARMARKED"))
                .post("/api/funds/" + s.fund() + "/refunds-from-organisations").then().statusCode(409);
    }

    @Test
    void otherMovementsAndReversalsShowInTheFundingStatus() {
        Setup s = setUp("OTH");
        String ledger = "/api/funds/" + s.fund() + "/ledger";
        long deposit = ((Number) as("agent").header("Idempotency-Key", "d").contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "10000.00", "EUR", "1.2")).post("/api/funds/" + s.fund() + "/deposits")
                .then().statusCode(201).extract().path("journalId")).longValue();
        for (Object[] entry : new Object[][] {{"INTEREST", "120.50"}, {"OTHER_INCOME", "30.00"},
                {"BANK_CHARGE", "15.25"}, {"DIRECT_COST", "500.00"}, {"TRANSFER_TO_OTHER_FUND", "100.00"}}) {
            as("agent").header("Idempotency-Key", "e-" + entry[0]).contentType(ContentType.JSON)
                    .body(Map.of("kind", entry[0], "valueDate", TODAY, "description", "Test " + entry[0],
                            "amount", Map.of("amount", entry[1], "currency", "USD")))
                    .post(ledger).then().statusCode(201);
        }
        as("agent").contentType(ContentType.JSON).body(Map.of("kind", "REFUND_TO_CONTRIBUTOR", "valueDate", TODAY,
                        "description", "Refund", "amount", Map.of("amount", "200.00", "currency", "USD")))
                .post(ledger).then().statusCode(422).body("errors.field", hasItems("contributorId"));
        as("agent").contentType(ContentType.JSON).body(Map.of("kind", "REFUND_TO_CONTRIBUTOR", "valueDate", TODAY,
                        "description", "Refund", "contributorId", s.contributor(),
                        "amount", Map.of("amount", "200.00", "currency", "USD")))
                .post(ledger).then().statusCode(201);
        as("agent").contentType(ContentType.JSON).body(Map.of("kind", "BANK_CHARGE", "valueDate", TODAY,
                        "description", "Too much", "amount", Map.of("amount", "1000000.00", "currency", "USD")))
                .post(ledger).then().statusCode(409);
        as("agent").contentType(ContentType.JSON).body(Map.of("kind", "DEPOSIT", "valueDate", TODAY,
                        "description", "Sideways", "amount", Map.of("amount", "1.00", "currency", "USD")))
                .post(ledger).then().statusCode(422);

        JsonPath status = status(s.fund());
        assertEquals("12000.00", status.getString("contributions.amount"));
        assertEquals("120.50", status.getString("interest.amount"));
        assertEquals("30.00", status.getString("otherIncome.amount"));
        assertEquals("12150.50", status.getString("totalSources.amount"));
        assertEquals("120.00", status.getString("administrativeAgentFees.amount"));
        assertEquals("15.25", status.getString("bankCharges.amount"));
        assertEquals("500.00", status.getString("directCosts.amount"));
        assertEquals("100.00", status.getString("transfersToOtherFunds.amount"));
        assertEquals("200.00", status.getString("refundsToContributors.amount"));
        assertEquals("935.25", status.getString("totalUses.amount"));
        assertEquals("11215.25", status.getString("balanceWithAdministrativeAgent.amount"));

        as("agent").contentType(ContentType.JSON).body(Map.of("reason", "Wrong agreement"))
                .post(ledger + "/" + deposit + "/reversal").then().statusCode(409).body("detail", containsString("used"));
        long directCost = ((Number) as("auditor").queryParam("size", 50).get(ledger).jsonPath()
                .getList("items.findAll { it.kind == 'DIRECT_COST' }.id").get(0)).longValue();
        as("agent").header("Idempotency-Key", "rev").contentType(ContentType.JSON)
                .body(Map.of("reason", "Charged to the wrong fund")).post(ledger + "/" + directCost + "/reversal")
                .then().statusCode(201).body("kind", equalTo("REVERSAL")).body("reverses", equalTo((int) directCost));
        as("agent").contentType(ContentType.JSON).body(Map.of("reason", "Again"))
                .post(ledger + "/" + directCost + "/reversal").then().statusCode(409);
        JsonPath corrected = status(s.fund());
        assertEquals("0.00", corrected.getString("directCosts.amount"));
        assertEquals("11715.25", corrected.getString("balanceWithAdministrativeAgent.amount"));
        assertEquals("0.00", as("chair").queryParam("asOf", LocalDate.now().minusDays(1).toString())
                .get("/api/funds/" + s.fund() + "/funding-status").path("contributions.amount"));
    }

    @Test
    void moneyListsCostTheSameFewStatementsWhateverTheirSize() {
        Setup s = setUp("SQM");
        for (int i = 0; i < 3; i++) {
            as("agent").header("Idempotency-Key", "d" + i).contentType(ContentType.JSON)
                    .body(deposit(s.agreement(), "1000.00", "EUR", "1.1")).post("/api/funds/" + s.fund() + "/deposits")
                    .then().statusCode(201);
        }
        for (String list : List.of("/api/funds/" + s.fund() + "/agreements", "/api/funds/" + s.fund() + "/ledger",
                "/api/contributors")) {
            statements(list, 50); // fund codes are then in memory (RecordNames)
            int one = statements(list, 1);
            int many = statements(list, 50);
            assertEquals(one, many, list + ": " + one + " statements for 1 row, " + many + " for 50");
            assertTrue(many <= 3, list + ": " + many + " statements");
        }
    }

    private static int statements(String list, int size) {
        Response response = as("fmu").queryParam("size", size).get(list);
        response.then().statusCode(200);
        return Integer.parseInt(response.header("X-SQL-Statements"));
    }

    /** On PostgreSQL the database itself refuses an unbalanced journal and any change to a written one. */
    @Test
    void thePostgresqlLedgerRefusesUnbalancedJournalsAndChanges() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue("postgres".equals(System.getProperty("db.kind")),
                "the database's ledger guard exists on PostgreSQL only");
        Setup s = setUp("TRG");
        as("agent").header("Idempotency-Key", "t").contentType(ContentType.JSON)
                .body(deposit(s.agreement(), "100.00", "EUR", "1.1")).post("/api/funds/" + s.fund() + "/deposits")
                .then().statusCode(201);
        String url = "jdbc:postgresql://" + System.getenv().getOrDefault("DB_HOST", "localhost") + ":"
                + System.getenv().getOrDefault("DB_PORT", "5432") + "/" + System.getenv().getOrDefault("DB_NAME", "mptf");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url,
                System.getenv().getOrDefault("DB_USER", "mptf"), System.getenv().getOrDefault("DB_PASSWORD", ""))) {
            c.setAutoCommit(false);
            long journal;
            try (java.sql.Statement st = c.createStatement()) {
                var rs = st.executeQuery("select id, fund_id from mobilisation.journal order by id desc limit 1");
                rs.next();
                journal = rs.getLong(1);
                long fund = rs.getLong(2);
                st.executeUpdate("insert into mobilisation.journal (fund_id, kind, value_date, description, recorded_by,"
                        + " recorded_at) values (" + fund + ", 'OTHER_INCOME', current_date, 'unbalanced', 'test', now())");
                st.executeUpdate("insert into mobilisation.journal_line (journal_id, fund_id, value_date, account, pool,"
                        + " amount, currency) values (currval(pg_get_serial_sequence('mobilisation.journal', 'id')), "
                        + fund + ", current_date, 'CASH', 'UNEARMARKED', 5, 'USD')");
            }
            java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, c::commit);
            assertEquals("23514", refused.getSQLState(), refused.getMessage());
            c.rollback();
            try (java.sql.Statement st = c.createStatement()) {
                java.sql.SQLException changed = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> st.executeUpdate("update mobilisation.journal_line set amount = amount * 2 where journal_id = " + journal));
                assertEquals("23514", changed.getSQLState(), changed.getMessage());
            }
            c.rollback();
        }
        assertEquals("110.00", status(s.fund()).getString("contributions.amount"));
    }

    private static List<Response> runAll(List<Callable<Response>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            List<Future<Response>> futures = pool.invokeAll(requests, 120, TimeUnit.SECONDS);
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
