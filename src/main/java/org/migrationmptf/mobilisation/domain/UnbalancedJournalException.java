package org.migrationmptf.mobilisation.domain;

/** A journal whose debits and credits do not balance: a programming error, never booked. */
public class UnbalancedJournalException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public UnbalancedJournalException(String message) {
        super(message);
    }
}
