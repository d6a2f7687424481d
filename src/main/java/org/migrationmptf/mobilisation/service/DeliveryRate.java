package org.migrationmptf.mobilisation.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Delivery rate = expenditure / transfers, as a percentage to one decimal; empty before any transfer. */
final class DeliveryRate {

    private DeliveryRate() {
    }

    static String of(BigDecimal expenditure, BigDecimal transfers) {
        if (transfers.signum() <= 0) {
            return null;
        }
        return expenditure.multiply(BigDecimal.valueOf(100)).divide(transfers, 1, RoundingMode.HALF_EVEN)
                .toPlainString() + "%";
    }
}
