package org.migrationmptf.platform.money;

/**
 * An amount as the API shows it: the decimal as a string (no binary floating point anywhere between the ledger
 * and the reader) and the ISO 4217 currency code.
 */
public record MoneyView(String amount, String currency) {

    public static MoneyView of(Money money) {
        if (money == null) {
            return null;
        }
        int digits = Math.max(0, money.currency().getDefaultFractionDigits());
        return new MoneyView(money.amount().setScale(Math.max(digits, money.amount().stripTrailingZeros().scale()),
                Money.ROUNDING).toPlainString(), money.currency().getCurrencyCode());
    }
}
