package org.migrationmptf.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WrkTest {

    private static final String REPORT = """
            Running 10s test @ http://localhost:9580/api/programmes
              2 threads and 16 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    14.56ms    5.10ms  98.20ms   75.18%
                Req/Sec   545.95     45.74   670.00     67.50%
              Latency Distribution
                 50%  688.00us
                 75%   15.80ms
                 90%   20.12ms
                 99%    1.20s
              10857 requests in 10.00s, 45.38MB read
              Non-2xx or 3xx responses: 12
              Socket errors: connect 0, read 2, write 0, timeout 3
            Requests/sec:   1085.63
            Transfer/sec:      4.50MB
            """;

    @Test
    void readsRateLatenciesInMicrosecondsAndErrors() {
        Wrk.Figures f = Wrk.parse(REPORT);
        assertEquals(1085.63, f.perSecond(), 0.001);
        assertEquals(688.0, f.p50(), 0.001);
        assertEquals(1_200_000.0, f.p99(), 0.001);
        assertEquals(17, f.errors());
    }

    @Test
    void aReportWithoutItsLatencyDistributionIsRefused() {
        String withoutDistribution = REPORT.replaceAll("(?m)^\\s+(50|75|90|99)%.*\\n", "");
        assertThrows(IllegalArgumentException.class, () -> Wrk.parse(withoutDistribution));
    }

    @Test
    void aCleanRunHasNoErrors() {
        String clean = REPORT.replaceAll("(?m)^\\s+(Non-2xx|Socket errors).*\\n", "");
        assertEquals(0, Wrk.parse(clean).errors());
    }
}
