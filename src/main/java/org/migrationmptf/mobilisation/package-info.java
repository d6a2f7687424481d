/**
 * Resource mobilisation: contributors and their pipeline, agreements (Standard Administrative Arrangements) with instalment schedules, deposits with the Administrative Agent's fee, and the fund's ledger of immutable balanced journals from which every balance, the money available per earmark pool and the funding status are computed. Commitments and transfers (mobilisation.api.FundMoney) each need a Steering Committee decision, asked through governance.api. Uses governance only through its api.
 */
package org.migrationmptf.mobilisation;
