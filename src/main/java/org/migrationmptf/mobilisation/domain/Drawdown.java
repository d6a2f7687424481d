package org.migrationmptf.mobilisation.domain;

import org.migrationmptf.mobilisation.api.Pool;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a commitment or a transfer is drawn from earmark pools. Pure arithmetic, so the rules can be tested against a
 * model without a database: a commitment takes from the pools in the order given, each up to what it has available;
 * a transfer takes from the programme's outstanding commitments, each pool up to the cash it holds. Either all of
 * the amount is found or nothing is drawn.
 */
public final class Drawdown {

    private Drawdown() {
    }

    /** @return the amount to commit from each pool, or empty when the pools together have too little available */
    public static Optional<Map<String, BigDecimal>> commitment(List<String> pools, Map<String, BigDecimal> available,
                                                               BigDecimal amount) {
        Map<String, BigDecimal> draws = new LinkedHashMap<>();
        BigDecimal remaining = amount;
        for (String pool : pools) {
            BigDecimal take = remaining.min(available.getOrDefault(pool, BigDecimal.ZERO).max(BigDecimal.ZERO));
            if (take.signum() > 0 && !draws.containsKey(pool)) {
                draws.put(pool, take);
                remaining = remaining.subtract(take);
            }
        }
        return remaining.signum() == 0 ? Optional.of(draws) : Optional.empty();
    }

    /**
     * @return the amount to transfer from each pool, or empty when the programme's outstanding commitments, or the
     *         cash of the pools they are in, are short of the amount
     */
    public static Optional<Map<String, BigDecimal>> transfer(Map<String, BigDecimal> outstanding,
                                                             Map<String, BigDecimal> cash, BigDecimal amount) {
        Map<String, BigDecimal> draws = new LinkedHashMap<>();
        BigDecimal remaining = amount;
        for (Map.Entry<String, BigDecimal> pool : outstanding.entrySet()) {
            BigDecimal take = remaining.min(pool.getValue().max(BigDecimal.ZERO))
                    .min(cash.getOrDefault(pool.getKey(), BigDecimal.ZERO).max(BigDecimal.ZERO));
            if (take.signum() > 0) {
                draws.put(pool.getKey(), take);
                remaining = remaining.subtract(take);
            }
        }
        return remaining.signum() == 0 ? Optional.of(draws) : Optional.empty();
    }

    /**
     * Where money going back (a released commitment, an organisation's refund) returns: to the pools it came from,
     * earmarked ones first and the unearmarked pool last, each up to what it gave. The caller has checked that the
     * pools together gave at least the amount.
     */
    public static Map<String, BigDecimal> release(Map<String, BigDecimal> gave, BigDecimal amount) {
        List<String> order = new java.util.ArrayList<>(new java.util.TreeSet<>(gave.keySet()));
        if (order.remove(Pool.UNEARMARKED)) {
            order.add(Pool.UNEARMARKED);
        }
        Map<String, BigDecimal> returns = new LinkedHashMap<>();
        BigDecimal remaining = amount;
        for (String pool : order) {
            BigDecimal back = remaining.min(gave.get(pool).max(BigDecimal.ZERO));
            if (back.signum() > 0) {
                returns.put(pool, back);
                remaining = remaining.subtract(back);
            }
        }
        if (remaining.signum() != 0) {
            throw new IllegalArgumentException("The pools gave " + (amount.subtract(remaining)) + ", less than " + amount);
        }
        return returns;
    }
}
