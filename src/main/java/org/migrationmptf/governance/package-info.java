/**
 * Governance: the fund's set-up and reference data (GCM objectives, thematic areas, guiding principles, markers, SDG indicators, budget categories, countries); later the participating organisations and the Steering Committee whose decisions every money step needs. Other modules use it only through governance.api.
 */
package org.migrationmptf.governance;
