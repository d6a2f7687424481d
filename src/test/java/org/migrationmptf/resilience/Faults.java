package org.migrationmptf.resilience;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The faults of a load run, each a shell command given to the driver: an instance killed ({@code kill -9}) at a
 * quarter of the run and started again; the database stopped at 55% and started again, with readiness watched on
 * every live instance: it must go DOWN while the database is away and come back UP without restarting Liberty.
 */
final class Faults {

    private final LoadDriver driver;
    private final FundApi api;
    private final List<String> urls;
    private final String crash = System.getProperty("load.crash", "");
    private final String restart = System.getProperty("load.restart", "");
    private final String crashedUrl = System.getProperty("load.crashedUrl", "");
    private final String dbStop = System.getProperty("load.dbStop", "");
    private final String dbStart = System.getProperty("load.dbStart", "");
    private volatile CompletableFuture<Void> restarting = CompletableFuture.completedFuture(null);

    Faults(LoadDriver driver, FundApi api, List<String> urls) {
        this.driver = driver;
        this.api = api;
        this.urls = urls;
    }

    void inject(Duration length) {
        Instant start = Instant.now();
        try {
            if (!crash.isBlank()) {
                sleepUntil(start.plus(length.dividedBy(4)));
                run("kill", crash);
                driver.faults.add("instance " + crashedUrl + " killed (kill -9) at " + since(start));
                FundApi.pause(3000);
                restarting = CompletableFuture.runAsync(() -> {
                    run("restart", restart);
                    driver.faults.add("instance " + crashedUrl + " restarted");
                });
            }
            if (!dbStop.isBlank()) {
                sleepUntil(start.plus(length.multipliedBy(55).dividedBy(100)));
                run("database stop", dbStop);
                Instant stopped = Instant.now();
                driver.faults.add("database stopped at " + since(start));
                List<String> live = urls.stream().filter(u -> !u.equals(crashedUrl) || restarting.isDone()).toList();
                for (String url : live) {
                    if (!waitForReadiness(url, 503, Duration.ofSeconds(30))) {
                        driver.violations.add(url + ": readiness did not go DOWN while the database was stopped");
                    }
                }
                sleepUntil(stopped.plusSeconds(8));
                run("database start", dbStart);
                Instant back = Instant.now();
                for (String url : live) {
                    if (!waitForReadiness(url, 200, Duration.ofSeconds(90))) {
                        driver.violations.add(url + ": readiness did not come back UP after the database restarted");
                    }
                }
                driver.faults.add("database away for " + Duration.between(stopped, back).toSeconds()
                        + " s; readiness DOWN then UP again on " + live + " within "
                        + Duration.between(back, Instant.now()).toSeconds() + " s, no Liberty restarted");
            }
        } catch (RuntimeException e) {
            driver.violations.add("fault injection failed: " + e.getMessage());
        }
    }

    /** After the load: the restarted instance (if any) is back and every instance is ready. */
    void awaitAllReady(Duration bound) {
        try {
            restarting.get(bound.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            driver.violations.add("the killed instance did not restart: " + e);
        }
        for (String url : urls) {
            if (!waitForReadiness(url, 200, bound)) {
                driver.violations.add(url + " is not ready after the run");
            }
        }
    }

    private boolean waitForReadiness(String url, int status, Duration bound) {
        Instant deadline = Instant.now().plus(bound);
        while (Instant.now().isBefore(deadline)) {
            FundApi.Answer answer = api.send(url, "GET", "/health/ready", "fmu", null, null);
            if (answer.answered() && answer.status() == status) {
                LoadDriver.log(url + " readiness " + (status == 200 ? "UP" : "DOWN") + ": " + answer.body());
                return true;
            }
            FundApi.pause(500);
        }
        return false;
    }

    private void run(String what, String command) {
        LoadDriver.log(what + ": " + command);
        try {
            Process process = new ProcessBuilder("bash", "-c", command).inheritIO().start();
            if (!process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS) || process.exitValue() != 0) {
                driver.violations.add(what + " (" + command + ") failed");
            }
        } catch (IOException e) {
            driver.violations.add(what + " (" + command + ") could not run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(Instant when) {
        long millis = Duration.between(Instant.now(), when).toMillis();
        if (millis > 0) {
            FundApi.pause(millis);
        }
    }

    private static String since(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds() + " s";
    }
}
