/**
 * Governance: the fund's set-up and reference data (GCM objectives, thematic areas, guiding principles, markers, SDG indicators, budget categories, countries); later the participating organisations and the Steering Committee whose decisions every money step needs. Fund codes and organisation acronyms, which never change, are kept in memory for the lists every module shows (RecordNames). Other modules use it only through governance.api.
 */
package org.migrationmptf.governance;
