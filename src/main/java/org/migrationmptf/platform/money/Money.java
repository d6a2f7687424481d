package org.migrationmptf.platform.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one ISO 4217 currency. Immutable; never a {@code double}.
 *
 * <p>The fund's ledger keeps amounts at four decimal places ({@link #LEDGER_SCALE}) so that exchange-rate
 * conversions lose nothing until the fund chooses to round. Rounding happens only at the named points below,
 * always half-even (banker's rounding, as the MPTF Office reports): {@link #roundedToMinorUnits()} when a value is
 * shown or booked in a currency's own minor units (cents for USD), and {@link #convertTo} when a deposit in a
 * contributor's currency is valued in the reporting currency. Two amounts are compared with {@link #compareTo}
 * semantics: {@code USD 1.5} equals {@code USD 1.50}.
 */
public final class Money implements Comparable<Money> {

    /** Decimal places of every amount held in the ledger (the database columns are numeric(19,4)). */
    public static final int LEDGER_SCALE = 4;
    /** Decimal places of an exchange rate. */
    public static final int RATE_SCALE = 8;
    /** The one rounding mode used for money anywhere in the fund. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * @throws IllegalArgumentException when the amount has more decimals than the ledger keeps: silently
     *         rounding what a person typed would change the money.
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > LEDGER_SCALE) {
            throw new IllegalArgumentException(
                    "An amount may have at most " + LEDGER_SCALE + " decimal places: " + amount.toPlainString());
        }
        return new Money(amount.setScale(LEDGER_SCALE), currency);
    }

    public static Money of(String amount, String currencyCode) {
        return of(new BigDecimal(amount), currency(currencyCode));
    }

    public static Money zero(Currency currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /** @throws IllegalArgumentException naming the code when it is not an ISO 4217 currency. */
    public static Currency currency(String code) {
        Objects.requireNonNull(code, "currency code");
        try {
            Currency currency = Currency.getInstance(code);
            if (!currency.getCurrencyCode().equals(code)) {
                throw new IllegalArgumentException("Not an ISO 4217 currency code: " + code);
            }
            return currency;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an ISO 4217 currency code: " + code, e);
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other, "add");
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * This amount times a rate or percentage factor (e.g. 0.01 for the 1% Administrative Agent fee), rounded
     * half-even to the ledger's scale.
     */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor).setScale(LEDGER_SCALE, ROUNDING), currency);
    }

    /**
     * Rounding point: the value of this amount in another currency at the given rate (units of {@code target} per
     * one unit of this currency), rounded half-even to the target currency's minor units. This is the one place
     * where a deposit's USD value is fixed.
     */
    public Money convertTo(Currency target, BigDecimal rate) {
        Objects.requireNonNull(target, "target currency");
        if (rate == null || rate.signum() <= 0) {
            throw new IllegalArgumentException("An exchange rate must be greater than zero");
        }
        BigDecimal converted = amount.multiply(rate).setScale(minorUnits(target), ROUNDING);
        return new Money(converted.setScale(LEDGER_SCALE), target);
    }

    /** Rounding point: this amount in the currency's own minor units (cents for USD, none for JPY). */
    public Money roundedToMinorUnits() {
        return new Money(amount.setScale(minorUnits(currency), ROUNDING).setScale(LEDGER_SCALE), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    /** For people: "USD 1,234.50" style is the pages' job; this is the unambiguous form, e.g. "USD 1234.50". */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.setScale(minorUnits(currency), ROUNDING).toPlainString();
    }

    private static int minorUnits(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 0 : digits;
    }

    private void requireSameCurrency(Money other, String verb) {
        Objects.requireNonNull(other, "other amount");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException("Cannot " + verb + " " + other.currency.getCurrencyCode()
                    + " and " + currency.getCurrencyCode() + " amounts; convert one first");
        }
    }
}
