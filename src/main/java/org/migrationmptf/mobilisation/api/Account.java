package org.migrationmptf.mobilisation.api;

/**
 * The ledger's accounts, seen from the fund. Debits are positive, credits negative. CASH is the balance held by the
 * Administrative Agent; COMMITMENTS (with its contra) tracks what the Steering Committee approved and has not yet
 * been transferred, off the cash books; EXPENDITURE_REPORTED (with its contra) what organisations reported spending
 * of what they received, also off the cash books.
 */
public enum Account {
    CASH, CONTRIBUTIONS, INTEREST_INCOME, OTHER_INCOME, AA_FEES, TRANSFERS_TO_ORGANISATIONS,
    TRANSFERS_TO_OTHER_FUNDS, REFUNDS_TO_CONTRIBUTORS, DIRECT_COSTS, BANK_CHARGES, REFUNDS_FROM_ORGANISATIONS,
    COMMITMENTS, COMMITMENTS_CONTRA, EXPENDITURE_REPORTED, EXPENDITURE_CONTRA
}
