package org.migrationmptf.resilience;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One money request of the load run and what became of it. The key is the request's {@code Idempotency-Key}; the
 * driver repeats the same request with the same key until it gets an answer (2xx or 4xx) or gives up.
 */
final class Booking {

    enum Kind {
        DEPOSIT("agent", "deposits"), COMMITMENT("fmu", "commitments"), TRANSFER("agent", "transfers");

        final String user;
        final String path;

        Kind(String user, String path) {
            this.user = user;
            this.path = path;
        }
    }

    final String key;
    final Kind kind;
    final long programme;
    final BigDecimal amount;
    final Map<String, Object> body;
    /** The final status: 2xx or 4xx; 0 when every attempt went unanswered (timeout, dropped, 503). */
    volatile int status;

    private Booking(String key, Kind kind, long programme, BigDecimal amount, Map<String, Object> body) {
        this.key = key;
        this.kind = kind;
        this.programme = programme;
        this.amount = amount;
        this.body = body;
    }

    static Booking deposit(String key, long agreement, BigDecimal amount, String valueDate) {
        return new Booking(key, Kind.DEPOSIT, 0, amount, Map.of("agreementId", agreement, "valueDate", valueDate,
                "amount", money(amount), "exchangeRate", "1"));
    }

    static Booking commitment(String key, long programme, long decision, BigDecimal amount) {
        return new Booking(key, Kind.COMMITMENT, programme, amount, Map.of("programmeId", programme,
                "decisionId", decision, "amount", money(amount), "pools", List.of("UNEARMARKED")));
    }

    static Booking transfer(String key, long programme, long decision, BigDecimal amount) {
        return new Booking(key, Kind.TRANSFER, programme, amount, Map.of("programmeId", programme,
                "organisation", "IOM", "decisionId", decision, "amount", money(amount)));
    }

    private static Map<String, Object> money(BigDecimal amount) {
        return Map.of("amount", amount.toPlainString(), "currency", "USD");
    }

    boolean acknowledged() {
        return status >= 200 && status < 300;
    }

    boolean refused() {
        return status >= 400 && status < 500;
    }
}
