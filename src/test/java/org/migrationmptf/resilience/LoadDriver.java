package org.migrationmptf.resilience;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives the fund's money paths (deposits, commitments, transfers) with many concurrent clients over one or more
 * instances, injects the faults it is given (an instance killed, the database stopped) in the middle of it, and
 * then checks from the database that nothing was lost or booked twice. Seeded: the same seed gives every client the
 * same sequence of requests (the interleaving is the machine's). Bounded: it stops by itself.
 *
 * <p>Settings (system properties): {@code load.urls} (comma-separated instances), {@code load.seed},
 * {@code load.clients}, {@code load.seconds}, {@code load.timeoutMs}, {@code load.jdbcUrl}, {@code load.dbUser},
 * {@code load.dbPassword}, {@code load.report} (a Markdown file), and the faults, each a shell command:
 * {@code load.crash} and {@code load.restart} (an instance killed at a quarter of the run and started again),
 * {@code load.dbStop} and {@code load.dbStart} (the database stopped at 55% and started again). Exit status 1 when
 * any invariant is violated.
 */
public final class LoadDriver {

    private static final int MAX_ATTEMPTS = 12;

    private final List<String> urls;
    private final long seed;
    private final int clients;
    private final Duration length;
    private final FundApi api;
    private final String runId;
    private final List<Booking> bookings = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    final List<String> faults = Collections.synchronizedList(new ArrayList<>());
    private volatile FundApi.Fund fund;

    LoadDriver(List<String> urls, long seed, int clients, Duration length, Duration timeout) {
        this.urls = urls;
        this.seed = seed;
        this.clients = clients;
        this.length = length;
        this.api = new FundApi(timeout, System.getProperty("load.password", "demo"));
        this.runId = Long.toString(seed, 36).toUpperCase() + Long.toString(System.currentTimeMillis() % 46656, 36).toUpperCase();
    }

    public static void main(String[] args) throws Exception {
        List<String> urls = List.of(System.getProperty("load.urls", "http://localhost:9080").split(","));
        long seed = Long.getLong("load.seed", System.nanoTime() % 1_000_000);
        LoadDriver driver = new LoadDriver(urls, seed, Integer.getInteger("load.clients", 16),
                Duration.ofSeconds(Long.getLong("load.seconds", 60)),
                Duration.ofMillis(Long.getLong("load.timeoutMs", 5000)));
        String report = driver.run();
        System.out.println(report);
        String file = System.getProperty("load.report");
        if (file != null) {
            Path path = Path.of(file);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, report);
        }
        System.exit(driver.violations.isEmpty() ? 0 : 1);
    }

    String run() throws Exception {
        Instant started = Instant.now();
        String today = LocalDate.now().toString();
        fund = api.setUp(urls.get(0), "LD" + runId.substring(0, Math.min(6, runId.length())), 8, today);
        log("fund " + fund.code() + " set up; " + clients + " clients for " + length.toSeconds() + " s over " + urls
                + ", seed " + seed);

        Faults faultPlan = new Faults(this, api, urls);
        Instant deadline = Instant.now().plus(length);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        pool.submit(() -> faultPlan.inject(length));
        Thread balancer = new Thread(() -> pollReadiness(deadline.plusSeconds(60)), "balancer");
        balancer.setDaemon(true);
        balancer.start();
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> client(client, deadline, today));
        }
        pool.shutdown();
        // The fault plan may hold the run open until the restarted instance is back (bounded inside Faults).
        if (!pool.awaitTermination(length.toSeconds() + 600, TimeUnit.SECONDS)) {
            violations.add("the run did not stop within its bound");
            pool.shutdownNow();
        }
        faultPlan.awaitAllReady(Duration.ofSeconds(300));
        replayAcknowledged();
        check();
        return report(started);
    }

    /** One client: a seeded sequence of bookings until the deadline, each retried with its key until answered. */
    private void client(int client, Instant deadline, String today) {
        Random random = new Random(seed * 1_000_003L + client);
        int sequence = 0;
        while (Instant.now().isBefore(deadline)) {
            String key = runId + "-" + client + "-" + sequence++;
            long programme = fund.programmes().get(random.nextInt(fund.programmes().size()));
            int choice = random.nextInt(100);
            Booking booking;
            if (choice < 40) {
                booking = Booking.deposit("d" + key, fund.agreement(), amount(random, 1_000, 50_000), today);
            } else if (choice < 75) {
                booking = Booking.commitment("c" + key, programme, fund.allocations().get(programme),
                        amount(random, 1_000, 40_000));
            } else {
                booking = Booking.transfer("t" + key, programme, fund.instructions().get(programme),
                        amount(random, 500, 30_000));
            }
            bookings.add(booking);
            book(booking, client + sequence);
        }
    }

    private static BigDecimal amount(Random random, int min, int max) {
        return BigDecimal.valueOf(min + random.nextInt(max - min)).add(BigDecimal.valueOf(random.nextInt(100), 2));
    }

    /**
     * Which instances a load balancer would send to now: those whose readiness answered UP at the last poll (every
     * 500 ms). A balancer does not route to an instance that is starting or has lost its database; requests
     * already on their way still meet those states, and are retried.
     */
    private final Map<String, Boolean> ready = new ConcurrentHashMap<>();

    private void pollReadiness(Instant until) {
        while (Instant.now().isBefore(until)) {
            for (String url : urls) {
                FundApi.Answer answer = api.send(url, "GET", "/health/ready", "fmu", null, null);
                ready.put(url, answer.answered() && answer.status() == 200);
            }
            FundApi.pause(500);
        }
    }

    private String instanceFor(int index) {
        List<String> up = urls.stream().filter(u -> ready.getOrDefault(u, true)).toList();
        List<String> choices = up.isEmpty() ? urls : up;
        return choices.get(Math.floorMod(index, choices.size()));
    }

    /** Sends one booking, and again with the same key, on the next instance, while it goes unanswered. */
    private void book(Booking booking, int start) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            String url = instanceFor(start + attempt);
            if (attempt > 0) {
                retries.incrementAndGet();
            }
            requests.incrementAndGet();
            FundApi.Answer answer = api.send(url, "POST", "/api/funds/" + fund.code() + "/" + booking.kind.path,
                    booking.kind.user, booking.body, booking.key);
            // Liberty's own "no application at this address" page: the instance is up but the application is not
            // (yet) started. Nothing of the fund answered, so this is no answer, like a refused connection.
            boolean noApplication = answer.answered() && answer.status() == 404
                    && answer.body().contains("CONTEXT_ROOT_NOT_FOUND");
            if (!answer.answered() || noApplication) {
                unanswered.incrementAndGet();
                FundApi.pause(Math.min(3000, 200L << attempt));
                continue;
            }
            statuses.computeIfAbsent(answer.status(), s -> new AtomicInteger()).incrementAndGet();
            if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                violations.add(booking.key + ": " + answer.status() + " without problem+json (" + answer.contentType() + ")");
            }
            if (answer.status() == 503) {
                FundApi.pause(Math.min(3000, 200L << attempt));
                continue;
            }
            if (answer.status() >= 500) {
                violations.add(booking.key + " on " + url + ": " + answer);
                return;
            }
            booking.status = answer.status();
            if (booking.refused() && answer.status() != 409) {
                violations.add(booking.key + ": refused with " + answer + " (only 409, not enough money, is expected)");
            }
            return;
        }
    }

    /** Every acknowledged booking sent once more with its key: each must answer 2xx again and book nothing new. */
    private void replayAcknowledged() {
        List<Booking> acknowledged;
        synchronized (bookings) {
            acknowledged = bookings.stream().filter(Booking::acknowledged).toList();
        }
        int replayed = 0;
        for (Booking booking : acknowledged) {
            if (replayed++ % 4 != 0) {
                continue; // a quarter of them, over every instance: enough to show the key holds everywhere
            }
            FundApi.Answer again = api.send(urls.get(replayed % urls.size()), "POST",
                    "/api/funds/" + fund.code() + "/" + booking.kind.path, booking.kind.user, booking.body, booking.key);
            requests.incrementAndGet();
            if (!again.answered() || again.status() >= 300) {
                violations.add("replay of " + booking.key + " answered " + again);
            }
        }
        log("replayed " + (acknowledged.size() + 3) / 4 + " acknowledged bookings with their keys");
    }

    private final Map<String, Object> checked = new ConcurrentHashMap<>();

    private void check() throws Exception {
        LedgerCheck ledger = new LedgerCheck(System.getProperty("load.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/mptf"),
                System.getProperty("load.dbUser", "mptf"), System.getProperty("load.dbPassword", "mptf"));
        violations.addAll(ledger.unbalancedOrHalfJournals());
        Map<String, Integer> perKey = ledger.journalsPerKey(fund.code());
        Map<String, BigDecimal> deposits = ledger.depositsPerKey(fund.code());
        BigDecimal deposited = BigDecimal.ZERO;
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal transferred = BigDecimal.ZERO;
        Map<Long, BigDecimal> committedPerProgramme = new ConcurrentHashMap<>();
        int booked = 0;
        int lost = 0;
        synchronized (bookings) {
            for (Booking b : bookings) {
                int journals = perKey.getOrDefault(b.key, 0);
                if (b.acknowledged() && journals != 1) {
                    violations.add(b.key + " was acknowledged (" + b.status + ") but booked " + journals + " time(s)");
                } else if (b.refused() && journals != 0) {
                    violations.add(b.key + " was refused (" + b.status + ") but booked " + journals + " time(s)");
                } else if (journals > 1) {
                    violations.add(b.key + " (never answered) booked " + journals + " times");
                }
                if (!b.acknowledged() && !b.refused()) {
                    lost++;
                }
                if (journals == 1) {
                    booked++;
                    switch (b.kind) {
                        case DEPOSIT -> {
                            deposited = deposited.add(b.amount);
                            if (deposits.get(b.key) == null || deposits.get(b.key).compareTo(b.amount) != 0) {
                                violations.add(b.key + ": deposit of " + b.amount + " recorded as " + deposits.get(b.key));
                            }
                        }
                        case COMMITMENT -> {
                            committed = committed.add(b.amount);
                            committedPerProgramme.merge(b.programme, b.amount, BigDecimal::add);
                        }
                        case TRANSFER -> {
                            transferred = transferred.add(b.amount);
                            committedPerProgramme.merge(b.programme, b.amount.negate(), BigDecimal::add);
                        }
                    }
                }
            }
        }
        java.util.Set<String> sent;
        synchronized (bookings) {
            sent = bookings.stream().map(b -> b.key).collect(java.util.stream.Collectors.toSet());
        }
        long unknownKeys = perKey.keySet().stream().filter(k -> !sent.contains(k)).count();
        if (unknownKeys > 0) {
            violations.add(unknownKeys + " journal(s) booked under keys no client sent");
        }
        committedPerProgramme.forEach((programme, left) -> {
            if (left.signum() < 0) {
                violations.add("programme " + programme + ": transferred more than committed by " + left.negate());
            }
        });
        // The fund's own figures, computed by the application from the ledger, must be the clients' sums.
        var status = api.required(urls.get(0), "GET", "/api/funds/" + fund.code() + "/funding-status", "chair", null, 200);
        compare("contributions", status.getString("contributions.amount"), deposited);
        compare("transfers to organisations", status.getString("transfersToOrganisations.amount"), transferred);
        compare("committed, not transferred", status.getString("committedNotTransferred.amount"),
                committed.subtract(transferred));
        if (new BigDecimal(status.getString("balanceWithAdministrativeAgent.amount")).signum() < 0) {
            violations.add("the balance with the Administrative Agent is below zero");
        }
        var availability = api.required(urls.get(0), "GET", "/api/funds/" + fund.code() + "/availability", "fmu", null, 200);
        List<Map<String, Object>> pools = availability.getList("$");
        for (Map<String, Object> pool : pools) {
            Object available = ((Map<?, ?>) pool.get("available")).get("amount");
            if (new BigDecimal(available.toString()).signum() < 0) {
                violations.add("pool " + pool.get("pool") + " is below zero: " + available);
            }
        }
        Map<String, Object> scheduled = ledger.scheduledWork(violations);
        if (Boolean.getBoolean("load.expectScheduledWork") && ((Long) scheduled.get("runs")) < 2) {
            violations.add("scheduled work did not run during the load: " + scheduled);
        }
        checked.put("scheduled work", scheduled);
        checked.put("booked", booked);
        checked.put("never answered", lost);
        checked.put("deposited", deposited);
        checked.put("committed", committed);
        checked.put("transferred", transferred);
    }

    private void compare(String what, String inLedger, BigDecimal expected) {
        if (new BigDecimal(inLedger).compareTo(expected) != 0) {
            violations.add(what + ": the funding status says " + inLedger + ", the acknowledged requests sum to " + expected);
        }
    }

    private String report(Instant started) {
        StringBuilder out = new StringBuilder();
        out.append("# Load run ").append(fund.code()).append("\n\n");
        out.append("- seed ").append(seed).append(", ").append(clients).append(" clients, ").append(length.toSeconds())
                .append(" s of load over ").append(urls).append(", whole run ")
                .append(Duration.between(started, Instant.now()).toSeconds()).append(" s\n");
        out.append("- requests sent: ").append(requests.get()).append(" (retries with the same key: ").append(retries.get())
                .append(", unanswered attempts: ").append(unanswered.get()).append(")\n");
        out.append("- answers by status: ").append(new java.util.TreeMap<>(statuses)).append('\n');
        Map<Booking.Kind, long[]> perKind = new java.util.EnumMap<>(Booking.Kind.class);
        synchronized (bookings) {
            for (Booking b : bookings) {
                long[] counts = perKind.computeIfAbsent(b.kind, k -> new long[3]);
                counts[b.acknowledged() ? 0 : b.refused() ? 1 : 2]++;
            }
        }
        perKind.forEach((kind, c) -> out.append("- ").append(kind).append(": ").append(c[0]).append(" acknowledged, ")
                .append(c[1]).append(" refused (409), ").append(c[2]).append(" never answered\n"));
        out.append("- ledger: ").append(checked).append('\n');
        out.append("- faults injected: ").append(faults.isEmpty() ? "none" : String.join("; ", faults)).append('\n');
        out.append("- violations found: ").append(violations.size()).append('\n');
        synchronized (violations) {
            violations.stream().limit(50).forEach(v -> out.append("  - ").append(v).append('\n'));
        }
        return out.toString();
    }

    static void log(String message) {
        System.out.println("[load " + Instant.now() + "] " + message);
    }
}
