/**
 * Resource mobilisation: contributors, agreements, deposits, exchange rates and the fund's ledger, from which every balance and the funding status are computed. Uses governance only through its api. (Its entities arrive with its own issue.)
 */
package org.migrationmptf.mobilisation;
