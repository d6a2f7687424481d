package org.migrationmptf.mobilisation.domain;

import org.migrationmptf.mobilisation.api.Pool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.migrationmptf.mobilisation.api.Account;
import org.migrationmptf.mobilisation.api.JournalKind;
import org.migrationmptf.platform.money.Money;

/**
 * The ledger's rules against a simple model: random sequences of deposits (with the 1% fee), commitments, transfers,
 * refunds from organisations and reversals, each built as a journal through the one choke point and drawn with
 * {@link Drawdown}. After every step: every journal balances, no pool's cash is below zero, no pool has more committed
 * than it holds, no programme has received more than was committed to it. jqwik prints the failing seed; run the
 * property again with it ({@code @Property(seed = "...")}) to replay.
 */
class LedgerModelPropertyTest {

    private static final List<String> POOLS = List.of(Pool.UNEARMARKED, Pool.area(2), Pool.country("MEX"));

    /** Balances as the ledger computes them: sums of journal lines by pool and account. */
    private final Map<String, Map<Account, BigDecimal>> book = new HashMap<>();
    private final List<Journal> journals = new ArrayList<>();
    private final Map<Long, BigDecimal> committedTo = new HashMap<>();
    private final Map<Long, BigDecimal> transferredTo = new HashMap<>();

    @Property(tries = 300)
    void invariantsHoldAfterEveryStep(@ForAll long seed) {
        book.clear();
        journals.clear();
        committedTo.clear();
        transferredTo.clear();
        Random random = new Random(seed);
        for (int step = 0; step < 60; step++) {
            switch (random.nextInt(5)) {
                case 0 -> deposit(random);
                case 1 -> commit(random);
                case 2 -> transfer(random);
                case 3 -> refund(random);
                default -> reverseADeposit(random);
            }
            checkInvariants("seed " + seed + ", step " + step);
        }
    }

    private void deposit(Random random) {
        Money value = usd(random.nextInt(1_000_000) + 1, random.nextInt(100));
        Money fee = value.times(new BigDecimal("0.01")).roundedToMinorUnits();
        String pool = pick(random);
        post(Journal.builder(1, JournalKind.DEPOSIT, LocalDate.now(), "deposit")
                .move(Account.CASH, Account.CONTRIBUTIONS, pool, value, 1L, null, null)
                .move(Account.AA_FEES, Account.CASH, pool, fee, 1L, null, null));
    }

    private void commit(Random random) {
        long programme = random.nextInt(5);
        List<String> order = List.of(pick(random), Pool.UNEARMARKED);
        Map<String, BigDecimal> available = new HashMap<>();
        for (String pool : POOLS) {
            available.put(pool, balance(pool, Account.CASH).subtract(balance(pool, Account.COMMITMENTS)));
        }
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(400_000) + 1);
        Drawdown.commitment(order, available, amount).ifPresent(draws -> {
            Journal.Builder journal = Journal.builder(1, JournalKind.COMMITMENT, LocalDate.now(), "commit");
            draws.forEach((pool, take) -> journal.move(Account.COMMITMENTS, Account.COMMITMENTS_CONTRA, pool,
                    Money.of(take, Money.currency("USD")), null, null, programme));
            post(journal);
            committedTo.merge(programme, amount, BigDecimal::add);
        });
    }

    private void transfer(Random random) {
        long programme = random.nextInt(5);
        Map<String, BigDecimal> outstanding = new HashMap<>();
        Map<String, BigDecimal> cash = new HashMap<>();
        for (String pool : POOLS) {
            cash.put(pool, balance(pool, Account.CASH));
        }
        for (Journal j : journals) {
            for (JournalLine l : j.getLines()) {
                if (l.getAccount() == Account.COMMITMENTS && Long.valueOf(programme).equals(l.getProgrammeId())) {
                    outstanding.merge(l.getPool(), l.getAmount(), BigDecimal::add);
                }
            }
        }
        BigDecimal amount = BigDecimal.valueOf(random.nextInt(300_000) + 1);
        Drawdown.transfer(outstanding, cash, amount).ifPresent(draws -> {
            Journal.Builder journal = Journal.builder(1, JournalKind.TRANSFER, LocalDate.now(), "transfer");
            draws.forEach((pool, take) -> {
                Money moved = Money.of(take, Money.currency("USD"));
                journal.move(Account.TRANSFERS_TO_ORGANISATIONS, Account.CASH, pool, moved, null, 7L, programme);
                journal.move(Account.COMMITMENTS_CONTRA, Account.COMMITMENTS, pool, moved, null, null, programme);
            });
            post(journal);
            transferredTo.merge(programme, amount, BigDecimal::add);
        });
    }

    private void refund(Random random) {
        String pool = pick(random);
        BigDecimal received = balance(pool, Account.TRANSFERS_TO_ORGANISATIONS).add(balance(pool, Account.REFUNDS_FROM_ORGANISATIONS));
        if (received.signum() > 0) {
            Money back = Money.of(received.min(BigDecimal.valueOf(random.nextInt(50_000) + 1)), Money.currency("USD"));
            post(Journal.builder(1, JournalKind.REFUND_FROM_ORGANISATION, LocalDate.now(), "refund")
                    .move(Account.CASH, Account.REFUNDS_FROM_ORGANISATIONS, pool, back, null, 7L, null));
        }
    }

    /** Reverses a random deposit, as the service does: only when its pool's money has not been used since. */
    private void reverseADeposit(Random random) {
        List<Journal> deposits = journals.stream().filter(j -> j.getKind() == JournalKind.DEPOSIT).toList();
        if (deposits.isEmpty()) {
            return;
        }
        Journal original = deposits.get(random.nextInt(deposits.size()));
        Journal reversal = original.reversal(LocalDate.now(), "mistake", "model", null);
        for (JournalLine line : reversal.getLines()) {
            if (line.getAccount() == Account.CASH) {
                BigDecimal after = balance(line.getPool(), Account.CASH).add(net(reversal, line.getPool()));
                if (after.compareTo(balance(line.getPool(), Account.COMMITMENTS)) < 0) {
                    return;
                }
            }
        }
        journals.add(reversal);
        apply(reversal);
    }

    private static BigDecimal net(Journal journal, String pool) {
        return journal.getLines().stream().filter(l -> l.getAccount() == Account.CASH && l.getPool().equals(pool))
                .map(JournalLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void post(Journal.Builder builder) {
        Journal journal = builder.build("model", null);
        journals.add(journal);
        apply(journal);
    }

    private void apply(Journal journal) {
        for (JournalLine line : journal.getLines()) {
            book.computeIfAbsent(line.getPool(), p -> new HashMap<>()).merge(line.getAccount(), line.getAmount(), BigDecimal::add);
        }
    }

    private BigDecimal balance(String pool, Account account) {
        return book.getOrDefault(pool, Map.of()).getOrDefault(account, BigDecimal.ZERO);
    }

    private void checkInvariants(String where) {
        for (Journal journal : journals) {
            BigDecimal sum = journal.getLines().stream().map(JournalLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.signum(), where + ": journal " + journal.getDescription() + " is unbalanced");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (String pool : POOLS) {
            BigDecimal cash = balance(pool, Account.CASH);
            assertTrue(cash.signum() >= 0, where + ": pool " + pool + " holds " + cash);
            assertTrue(cash.compareTo(balance(pool, Account.COMMITMENTS)) >= 0,
                    where + ": pool " + pool + " has more committed than it holds");
            for (BigDecimal amount : book.getOrDefault(pool, Map.of()).values()) {
                total = total.add(amount);
            }
        }
        assertEquals(0, total.signum(), where + ": debits and credits differ over the whole book");
        transferredTo.forEach((programme, sent) -> assertTrue(sent.compareTo(committedTo.getOrDefault(programme,
                BigDecimal.ZERO)) <= 0, where + ": programme " + programme + " received more than committed"));
    }

    private static String pick(Random random) {
        return POOLS.get(random.nextInt(POOLS.size()));
    }

    private static Money usd(long units, int cents) {
        return Money.of(BigDecimal.valueOf(units).add(BigDecimal.valueOf(cents, 2)), Money.currency("USD"));
    }
}
