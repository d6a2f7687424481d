/**
 * Governance: the fund's set-up and reference data (GCM objectives, thematic areas, guiding principles, markers, SDG indicators, budget categories, countries); later the participating organisations and the Steering Committee whose decisions every money step needs. Fund codes and organisation acronyms, which never change, are kept in memory for the lists every module shows (RecordNames); the decision register's totals per filter are kept until a decision is recorded or revised (DecisionTotals, keyed by the decisions' change number, platform.persistence.ChangeNumbers). Other modules use it only through governance.api.
 */
package org.migrationmptf.governance;
