package org.migrationmptf.mobilisation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.migrationmptf.platform.money.MoneyView;

/**
 * A deposit: what arrived, the rate used, its value in the reporting currency, the Administrative Agent's fee and
 * what the fund keeps. {@code id} and {@code journalId} are 0 for a preview.
 */
public record DepositView(long id, long journalId, String agreement, LocalDate valueDate, MoneyView amount,
                          BigDecimal exchangeRate, MoneyView reportingValue, MoneyView fee, MoneyView net) {
}
