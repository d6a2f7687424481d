package org.migrationmptf.programming.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * A GCM objective (1-23, in the fund's thematic area) and the approved programmes whose concept note addresses it,
 * with their whole approved money: a programme counts fully toward each objective it addresses.
 */
public record ObjectiveCoverage(int objective, String title, int thematicArea, long programmes, MoneyView amount) {
}
