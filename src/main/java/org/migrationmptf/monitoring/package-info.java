/**
 * Monitoring: what programmes report and what the fund's readers get out. Each programme's results framework
 * (outcomes, outputs, indicators tagged with GCM objectives and SDG indicators), progress reports with actual values
 * and yearly expenditure reports per organisation (accepted ones are booked in the ledger through mobilisation.api,
 * so balances with organisations and delivery rates follow), and the reporting calendar with overdue reports.
 * The fund's dashboard, exports (CSV, XLSX, the PDF annual report, IATI 2.03) come from there too; the dashboard is
 * kept built per fund until its ledger changes or it is a minute old (DashboardSnapshots, which shows the old one
 * while one visitor builds the next, unless the ledger changed), since building it reads every programme. The
 * whole-fund reads (the reporting calendar, the annual report, the IATI file while it is written) take turns
 * (platform's WholeFundReads), so that a few at once cannot exhaust the heap.
 */
package org.migrationmptf.monitoring;
