package org.migrationmptf.platform.money;

/** Two amounts in different currencies were combined: a programming error, never a rounding guess. */
public class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(String message) {
        super(message);
    }
}
