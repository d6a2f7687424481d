package org.migrationmptf.governance.api;

/**
 * Fired (CDI event, in the creating transaction) when a fund is created, so that later modules can set up what
 * they keep per fund without governance knowing them.
 */
public record FundCreated(long fundId, String code, String reportingCurrency) {
}
