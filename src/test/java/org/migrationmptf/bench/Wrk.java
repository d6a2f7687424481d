package org.migrationmptf.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closed-loop load driver when wrk (Debian's package) is installed. On two cores the driver shares the CPU with
 * the server and the database: a Java driver spent so much of it that the framework floor measured 826 requests/s
 * through it and 4,000-19,000 through wrk, which made every ratio to the floor a measure of the driver.
 */
final class Wrk {

    /** What one run measured; latencies in microseconds. */
    record Figures(double perSecond, double p50, double p99, long errors) {
    }

    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|99)(?:\\.000)?%\\s+([\\d.]+)(us|ms|s|m)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern RATE = Pattern.compile("^Requests/sec:\\s+([\\d.]+)", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private final String executable;

    private Wrk(String executable) {
        this.executable = executable;
    }

    /** wrk from the PATH, unless bench.driver=java asks for the Java driver. */
    static Optional<Wrk> find() {
        if ("java".equals(System.getProperty("bench.driver"))) {
            return Optional.empty();
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "wrk");
            if (Files.isExecutable(candidate)) {
                return Optional.of(new Wrk(candidate.toString()));
            }
        }
        return Optional.empty();
    }

    Figures run(String url, String authorization, int connections, Duration time) throws IOException,
            InterruptedException {
        Process p = new ProcessBuilder(executable, "-t2", "-c" + connections, "-d" + time.toSeconds() + "s",
                "--latency", "--timeout", "10s", "-H", "Authorization: " + authorization, "-H",
                "Accept: application/json", url).redirectErrorStream(true).start();
        if (!p.waitFor(time.toSeconds() + 30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("wrk did not finish against " + url);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("wrk failed against " + url + ": " + output);
        }
        return parse(output);
    }

    /** The figures of wrk's report (with --latency). */
    static Figures parse(String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalArgumentException("no Requests/sec in wrk's report: " + output);
        }
        double p50 = -1;
        double p99 = -1;
        Matcher m = PERCENTILE.matcher(output);
        while (m.find()) {
            double micros = micros(Double.parseDouble(m.group(2)), m.group(3));
            if (m.group(1).equals("50")) {
                p50 = micros;
            } else {
                p99 = micros;
            }
        }
        if (p50 < 0 || p99 < 0) {
            throw new IllegalArgumentException("no latency distribution in wrk's report (run with --latency): " + output);
        }
        long errors = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            errors += Long.parseLong(non2xx.group(1));
        }
        Matcher socket = SOCKET_ERRORS.matcher(output);
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                errors += Long.parseLong(socket.group(g));
            }
        }
        return new Figures(Double.parseDouble(rate.group(1)), p50, p99, errors);
    }

    private static double micros(double value, String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "us" -> value;
            case "ms" -> value * 1_000;
            case "s" -> value * 1_000_000;
            case "m" -> value * 60_000_000;
            default -> throw new IllegalArgumentException("unknown unit " + unit + " in " + List.of(value, unit));
        };
    }
}
