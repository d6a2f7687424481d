package org.migrationmptf.platform.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void addsAndSubtractsInOneCurrency() {
        Money total = Money.of("1000.10", "USD").plus(Money.of("0.90", "USD")).minus(Money.of("1", "USD"));
        assertEquals(Money.of("1000", "USD"), total);
        assertEquals("USD 1000.00", total.toString());
    }

    @Test
    void refusesToMixCurrencies() {
        Money usd = Money.of("10", "USD");
        Money eur = Money.of("10", "EUR");
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> usd.plus(eur));
        assertTrue(e.getMessage().contains("EUR") && e.getMessage().contains("USD"), e.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> usd.minus(eur));
        assertThrows(CurrencyMismatchException.class, () -> usd.compareTo(eur));
    }

    @Test
    void equalityIgnoresScaleButNotCurrency() {
        assertEquals(Money.of("1.5", "USD"), Money.of("1.50", "USD"));
        assertEquals(Money.of("1.5", "USD").hashCode(), Money.of("1.5000", "USD").hashCode());
        assertFalse(Money.of("1.5", "USD").equals(Money.of("1.5", "EUR")));
    }

    @Test
    void refusesMoreDecimalsThanTheLedgerKeeps() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("0.00001", "USD"));
        assertTrue(e.getMessage().contains("4 decimal places"), e.getMessage());
        // Trailing zeros are not precision: 1.230000 is 1.23.
        assertEquals(Money.of("1.23", "USD"), Money.of("1.230000", "USD"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "XYZ", "US", "DOLLARS", ""})
    void refusesWhatIsNotAnIso4217Code(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.currency(code));
        assertTrue(e.getMessage().contains("ISO 4217"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} EUR at {1} = {2} USD")
    @CsvSource({
        // half-even: a tie goes to the even cent
        "100.00, 1.08125, 108.12",
        "100.00, 1.08135, 108.14",
        "0.01, 0.5, 0.00",
        "0.03, 0.5, 0.02",
        "1000000.00, 1.1, 1100000.00",
        "123.4567, 1.0, 123.46"
    })
    void convertsToTheReportingCurrencyRoundingHalfEvenToCents(String eur, String rate, String usd) {
        Money converted = Money.of(eur, "EUR").convertTo(USD, new BigDecimal(rate));
        assertEquals(Money.of(usd, "USD"), converted);
        assertEquals(USD, converted.currency());
    }

    @Test
    void convertsToACurrencyWithoutMinorUnits() {
        Money yen = Money.of("10.00", "USD").convertTo(Currency.getInstance("JPY"), new BigDecimal("150.555"));
        assertEquals(Money.of("1506", "JPY"), yen);
    }

    @Test
    void refusesAZeroOrNegativeRate() {
        Money eur = Money.of("1", "EUR");
        assertThrows(IllegalArgumentException.class, () -> eur.convertTo(USD, BigDecimal.ZERO));
        assertThrows(IllegalArgumentException.class, () -> eur.convertTo(USD, new BigDecimal("-1.1")));
        assertThrows(IllegalArgumentException.class, () -> eur.convertTo(USD, null));
    }

    @Test
    void takesAPercentageRoundingHalfEvenAtTheLedgerScale() {
        // the 1% Administrative Agent fee on a deposit
        assertEquals(Money.of("12345.6789", "USD"), Money.of("1234567.89", "USD").times(new BigDecimal("0.01")));
        assertEquals(Money.of("0.0001", "USD"), Money.of("0.0125", "USD").times(new BigDecimal("0.01")));
        assertEquals(Money.of("0.0002", "USD"), Money.of("0.0175", "USD").times(new BigDecimal("0.01")));
    }

    @Test
    void roundsToMinorUnitsHalfEven() {
        assertEquals(Money.of("0.12", "USD"), Money.of("0.125", "USD").roundedToMinorUnits());
        assertEquals(Money.of("0.14", "USD"), Money.of("0.135", "USD").roundedToMinorUnits());
        assertEquals(Money.of("-0.12", "USD"), Money.of("-0.125", "USD").roundedToMinorUnits());
    }

    @Test
    void tellsItsSign() {
        assertTrue(Money.of("-1", "USD").isNegative());
        assertTrue(Money.zero(USD).isZero());
        assertTrue(Money.of("0.0001", "USD").isPositive());
        assertTrue(Money.of("2", "USD").isGreaterThan(Money.of("1.9999", "USD")));
        assertEquals(Money.of("-3", "EUR"), Money.of("3", "EUR").negated());
    }

    /** Addition is exact whatever the order: the property the ledger's balances rely on. Seeded and replayable. */
    @Test
    void sumsAreExactAndOrderIndependent() {
        long seed = Long.getLong("money.seed", 20261129L);
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Money forward = Money.zero(EUR);
            BigDecimal exact = BigDecimal.ZERO;
            Money[] amounts = new Money[50];
            for (int i = 0; i < amounts.length; i++) {
                BigDecimal value = BigDecimal.valueOf(random.nextLong(-10_000_000_000L, 10_000_000_000L), 4);
                amounts[i] = Money.of(value, EUR);
                forward = forward.plus(amounts[i]);
                exact = exact.add(value);
            }
            Money backward = Money.zero(EUR);
            for (int i = amounts.length - 1; i >= 0; i--) {
                backward = backward.plus(amounts[i]);
            }
            assertEquals(0, exact.compareTo(forward.amount()), "seed " + seed + " round " + round);
            assertEquals(forward, backward, "seed " + seed + " round " + round);
        }
    }
}
