package org.migrationmptf.mobilisation.domain;

import org.migrationmptf.mobilisation.api.Pool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.api.ContributorType;
import org.migrationmptf.mobilisation.api.EarmarkKind;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.platform.money.Money;
import org.migrationmptf.platform.problem.BusinessRuleException;

class JournalTest {

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    @Test
    void anUnbalancedJournalCannotBeBuilt() {
        UnbalancedJournalException e = assertThrows(UnbalancedJournalException.class, () ->
                Journal.builder(1, JournalKind.DEPOSIT, LocalDate.now(), "half a deposit")
                        .debit(Account.CASH, Pool.UNEARMARKED, usd("100")).build("agent", null));
        assertTrue(e.getMessage().contains("100.0000 USD left over"), e.getMessage());
        assertThrows(UnbalancedJournalException.class, () ->
                Journal.builder(1, JournalKind.DEPOSIT, LocalDate.now(), "nothing").build("agent", null));
    }

    @Test
    void balanceIsPerCurrency() {
        assertThrows(UnbalancedJournalException.class, () -> Journal.builder(1, JournalKind.OTHER_INCOME, LocalDate.now(), "fx")
                .debit(Account.CASH, Pool.UNEARMARKED, usd("100"))
                .credit(Account.OTHER_INCOME, Pool.UNEARMARKED, Money.of("100", "EUR")).build("agent", null));
    }

    @Test
    void aReversalUndoesEveryLine() {
        Journal deposit = Journal.builder(1, JournalKind.DEPOSIT, LocalDate.parse("2026-01-05"), "deposit")
                .move(Account.CASH, Account.CONTRIBUTIONS, Pool.area(2), usd("1000"), 3L, null, null)
                .move(Account.AA_FEES, Account.CASH, Pool.area(2), usd("10"), 3L, null, null)
                .build("agent", "k1");
        Journal reversal = deposit.reversal(LocalDate.parse("2026-02-01"), "wrong agreement", "agent", "k2");
        assertEquals(JournalKind.REVERSAL, reversal.getKind());
        assertEquals(deposit.getLines().size(), reversal.getLines().size());
        for (int i = 0; i < deposit.getLines().size(); i++) {
            assertEquals(0, deposit.getLines().get(i).getAmount().negate().compareTo(reversal.getLines().get(i).getAmount()));
            assertEquals(deposit.getLines().get(i).getPool(), reversal.getLines().get(i).getPool());
            assertEquals(deposit.getLines().get(i).getContributorId(), reversal.getLines().get(i).getContributorId());
        }
    }

    @Test
    void zeroLinesAreLeftOut() {
        Journal journal = Journal.builder(1, JournalKind.DEPOSIT, LocalDate.now(), "no fee")
                .move(Account.CASH, Account.CONTRIBUTIONS, Pool.UNEARMARKED, usd("0.40"), 1L, null, null)
                .move(Account.AA_FEES, Account.CASH, Pool.UNEARMARKED, usd("0.00"), 1L, null, null)
                .build("agent", null);
        assertEquals(2, journal.getLines().size());
    }

    @Test
    void anAgreementsInstalmentsAddUpToItsTotalAndItReceivesNoMore() {
        Contributor norway = new Contributor("Norway", ContributorType.GOVERNMENT, "NOR", null, null, null, null);
        List<Agreement.ScheduledPayment> wrong = List.of(
                new Agreement.ScheduledPayment(LocalDate.parse("2026-02-01"), Money.of("400", "NOK")));
        BusinessRuleException sum = assertThrows(BusinessRuleException.class, () -> new Agreement(1, norway, "A",
                LocalDate.parse("2026-01-01"), Money.of("1000", "NOK"), EarmarkKind.UNEARMARKED, null, wrong));
        assertEquals("instalments", sum.field());
        Agreement agreement = new Agreement(1, norway, "A", LocalDate.parse("2026-01-01"), Money.of("1000", "NOK"),
                EarmarkKind.THEMATIC_AREA, "2", List.of(
                new Agreement.ScheduledPayment(LocalDate.parse("2027-01-01"), Money.of("600", "NOK")),
                new Agreement.ScheduledPayment(LocalDate.parse("2026-06-01"), Money.of("400", "NOK"))));
        assertEquals(Pool.area(2), agreement.pool());
        assertEquals(LocalDate.parse("2026-06-01"), agreement.getInstalments().get(0).getDueOn());
        agreement.checkCanReceive(Money.of("900", "NOK"), Money.of("100", "NOK"));
        BusinessRuleException tooMuch = assertThrows(BusinessRuleException.class,
                () -> agreement.checkCanReceive(Money.of("900", "NOK"), Money.of("100.01", "NOK")));
        assertEquals("amount", tooMuch.field());
        assertThrows(BusinessRuleException.class,
                () -> agreement.checkCanReceive(Money.zero(Money.currency("NOK")), Money.of("1", "USD")));
    }

    @Test
    void drawdownsTakeAllOrNothing() {
        var available = java.util.Map.of(Pool.area(2), new BigDecimal("100"), Pool.UNEARMARKED, new BigDecimal("50"));
        assertEquals(java.util.Map.of(Pool.area(2), new BigDecimal("100"), Pool.UNEARMARKED, new BigDecimal("20")),
                Drawdown.commitment(List.of(Pool.area(2), Pool.UNEARMARKED), available, new BigDecimal("120")).orElseThrow());
        assertTrue(Drawdown.commitment(List.of(Pool.area(2), Pool.UNEARMARKED), available, new BigDecimal("150.01")).isEmpty());
        assertTrue(Drawdown.transfer(java.util.Map.of(Pool.area(2), new BigDecimal("80")),
                java.util.Map.of(Pool.area(2), new BigDecimal("70")), new BigDecimal("75")).isEmpty());
    }
}
