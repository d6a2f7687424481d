package org.migrationmptf.mobilisation.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.migrationmptf.governance.api.FundView;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.api.PoolAvailability;
import org.migrationmptf.mobilisation.api.Pool;
import org.migrationmptf.platform.money.Money;

/**
 * Money available for new approvals, per earmark pool: the balance with the Administrative Agent, less what is
 * committed and not yet transferred, less the fund's operating reserve, which is held back from the unearmarked
 * pool (earmarked money belongs to its area, country or region; the reserve is the fund's own).
 */
final class Availability {

    private Availability() {
    }

    static List<PoolAvailability> of(Ledger ledger, FundView fund) {
        Currency currency = Money.currency(fund.reportingCurrency());
        Map<String, Map<Account, BigDecimal>> balances = ledger.balancesByPool(fund.id(), LocalDate.of(9999, 12, 31));
        balances.putIfAbsent(Pool.UNEARMARKED, Map.of());
        List<PoolAvailability> pools = new ArrayList<>();
        balances.forEach((pool, accounts) -> {
            BigDecimal cash = Ledger.of(accounts, Account.CASH);
            BigDecimal committed = Ledger.of(accounts, Account.COMMITMENTS);
            BigDecimal reserve = Pool.UNEARMARKED.equals(pool) ? new BigDecimal(fund.operatingReserve().amount())
                    : BigDecimal.ZERO;
            BigDecimal available = cash.subtract(committed).subtract(reserve).max(BigDecimal.ZERO);
            pools.add(new PoolAvailability(pool, Views.money(cash, currency), Views.money(committed, currency),
                    Views.money(reserve, currency), Views.money(available, currency)));
        });
        return pools;
    }

    /** What one pool has available, as a number. */
    static BigDecimal available(List<PoolAvailability> pools, String pool) {
        return pools.stream().filter(p -> p.pool().equals(pool)).findFirst()
                .map(p -> new BigDecimal(p.available().amount())).orElse(BigDecimal.ZERO);
    }
}
