package org.migrationmptf.programming.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * Approved money of one group: its key as the programme list filters by it (thematic area number, region name,
 * organisation acronym, scope, status, programme id), a label to show, how many programmes, and the amount.
 */
public record Allocation(String key, String label, long programmes, MoneyView amount) {
}
