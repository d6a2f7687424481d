package org.migrationmptf.mobilisation.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * One earmark pool's money: the balance with the Administrative Agent, what is committed and not yet transferred,
 * the operating reserve held back (on the unearmarked pool), and what is left for new approvals.
 */
public record PoolAvailability(String pool, MoneyView balance, MoneyView committed, MoneyView reserve,
                               MoneyView available) {
}
