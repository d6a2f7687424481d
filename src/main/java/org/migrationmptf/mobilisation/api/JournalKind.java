package org.migrationmptf.mobilisation.api;

/** What a journal records. */
public enum JournalKind {
    DEPOSIT, INTEREST, OTHER_INCOME, REFUND_TO_CONTRIBUTOR, BANK_CHARGE, DIRECT_COST, TRANSFER_TO_OTHER_FUND,
    COMMITMENT, TRANSFER, REFUND_FROM_ORGANISATION, REVERSAL
}
