package org.migrationmptf.mobilisation.api;

import java.time.LocalDate;
import java.util.List;
import org.migrationmptf.platform.money.MoneyView;

/** What one contributor has agreed to give, has given (in its currency and in USD), and what the fee was. */
public record DonorStatement(long contributorId, String contributor, LocalDate asOf, List<AgreementLine> agreements,
                             MoneyView depositedReportingValue, MoneyView fees, MoneyView refunded) {

    /** One agreement: agreed total and deposited so far, in the agreement's currency. */
    public record AgreementLine(String fund, String reference, EarmarkKind earmarkKind, String earmarkValue,
                                MoneyView total, MoneyView deposited) {
    }
}
