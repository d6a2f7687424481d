package org.migrationmptf.monitoring.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * Delivery of one organisation (key: its acronym) or one programme (key: its id): what it received, what it reported
 * spent, what it still holds, and the delivery rate (expenditure / transfers).
 */
public record DashboardDelivery(String key, String label, MoneyView transferred, MoneyView expenditure,
                                MoneyView balance, String deliveryRate) {
}
