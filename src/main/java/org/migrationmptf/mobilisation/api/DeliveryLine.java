package org.migrationmptf.mobilisation.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * Money with the organisations, for one programme or one organisation (the key): transferred, refunded, reported
 * spent, the balance they still hold, and the delivery rate (expenditure / transfers, empty before any transfer).
 */
public record DeliveryLine(long key, MoneyView transferred, MoneyView refunded, MoneyView expenditure,
                           MoneyView balance, String deliveryRate) {
}
