/**
 * Monitoring: results frameworks, progress and expenditure reports, dashboards and exports (CSV, XLSX, PDF, IATI). The last module of the map: it reads the others through their api packages. (Its entities arrive with its own issue.)
 */
package org.migrationmptf.monitoring;
