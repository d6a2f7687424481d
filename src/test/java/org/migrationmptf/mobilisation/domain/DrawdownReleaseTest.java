package org.migrationmptf.mobilisation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.migrationmptf.mobilisation.api.Pool;

/**
 * Where money going back (a released commitment, an organisation's refund) returns: to the pools it came from,
 * earmarked pools first and the unearmarked pool last, each up to what it gave, the total exact.
 */
class DrawdownReleaseTest {

    private static final String MEXICO = Pool.country("MEX");
    private static final String AMERICAS = Pool.region("Latin America and the Caribbean");
    private static final String AREA_4 = Pool.area(4);

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    /** What a programme drew, in the order {@link Pool#forProgramme} draws: country, region, area, unearmarked. */
    private static Map<String, BigDecimal> gave(String country, String region, String area, String unearmarked) {
        Map<String, BigDecimal> gave = new LinkedHashMap<>();
        List<String> pools = Pool.forProgramme(4, List.of("MEX"), List.of("Latin America and the Caribbean"));
        String[] amounts = {country, region, area, unearmarked};
        for (int i = 0; i < pools.size(); i++) {
            if (amounts[i] != null) {
                gave.put(pools.get(i), usd(amounts[i]));
            }
        }
        return gave;
    }

    private static BigDecimal sum(Map<String, BigDecimal> draws) {
        return draws.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void theUnearmarkedPoolIsLastInTheOrderAProgrammeDrawsFrom() {
        List<String> order = Pool.forProgramme(4, List.of("MEX", "GTM"), List.of("Latin America and the Caribbean"));
        assertEquals(List.of(Pool.country("GTM"), MEXICO, AMERICAS, AREA_4, Pool.UNEARMARKED), order);
    }

    @Test
    void aReleaseSmallerThanTheEarmarkedMoneyLeavesTheUnearmarkedPoolAlone() {
        Map<String, BigDecimal> back = Drawdown.release(gave("100.00", null, null, "500.00"), usd("60.00"));
        assertEquals(Map.of(MEXICO, usd("60.00")), back);
    }

    @Test
    void everyEarmarkedPoolIsRepaidBeforeTheUnearmarkedOne() {
        Map<String, BigDecimal> back = Drawdown.release(gave("100.00", "50.00", "25.00", "500.00"), usd("200.00"));
        assertEquals(usd("100.00"), back.get(MEXICO));
        assertEquals(usd("50.00"), back.get(AMERICAS));
        assertEquals(usd("25.00"), back.get(AREA_4));
        assertEquals(usd("25.00"), back.get(Pool.UNEARMARKED));
        assertEquals(Pool.UNEARMARKED, new ArrayList<>(back.keySet()).get(back.size() - 1), "unearmarked comes last");
        assertEquals(0, usd("200.00").compareTo(sum(back)));
    }

    @Test
    void theUnearmarkedPoolIsLastWhateverOrderTheMapIsIn() {
        Map<String, BigDecimal> gave = new LinkedHashMap<>();
        gave.put(Pool.UNEARMARKED, usd("500.00"));
        gave.put(AREA_4, usd("30.00"));
        Map<String, BigDecimal> back = Drawdown.release(gave, usd("40.00"));
        assertEquals(List.of(AREA_4, Pool.UNEARMARKED), List.copyOf(back.keySet()));
        assertEquals(usd("30.00"), back.get(AREA_4));
        assertEquals(usd("10.00"), back.get(Pool.UNEARMARKED));
    }

    @Test
    void releasingEverythingGivenReturnsEachPoolWhatItGave() {
        Map<String, BigDecimal> gave = gave("100.00", "50.00", "25.00", "500.00");
        assertEquals(gave, Drawdown.release(gave, usd("675.00")));
    }

    @Test
    void onlyUnearmarkedMoneyGoesBackToTheUnearmarkedPool() {
        Map<String, BigDecimal> back = Drawdown.release(gave(null, null, null, "500.00"), usd("499.99"));
        assertEquals(Map.of(Pool.UNEARMARKED, usd("499.99")), back);
    }

    @Test
    void aPoolThatGaveNothingGetsNothingBack() {
        Map<String, BigDecimal> back = Drawdown.release(gave("0.00", "-5.00", "10.00", "100.00"), usd("20.00"));
        assertEquals(List.of(AREA_4, Pool.UNEARMARKED), List.copyOf(back.keySet()));
        assertEquals(usd("10.00"), back.get(AREA_4));
        assertEquals(usd("10.00"), back.get(Pool.UNEARMARKED));
    }

    @Test
    void releasingNothingReturnsNothing() {
        assertTrue(Drawdown.release(gave("100.00", null, null, "100.00"), BigDecimal.ZERO).isEmpty());
    }

    @Test
    void releasingMoreThanThePoolsGaveIsRefusedNamingBothAmounts() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Drawdown.release(gave("100.00", null, null, "50.00"), usd("150.01")));
        assertTrue(refused.getMessage().contains("150.00") && refused.getMessage().contains("150.01"), refused.getMessage());
    }

    @Test
    void releasingFromNoPoolIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Drawdown.release(Map.of(), usd("0.01")));
    }

    // ---- property ------------------------------------------------------------------------------------------

    @Provide
    Arbitrary<Map<String, BigDecimal>> pools() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.just(Pool.UNEARMARKED),
                Arbitraries.integers().between(1, 5).map(Pool::area),
                Arbitraries.of("MEX", "GTM", "NGA", "PHL").map(Pool::country),
                Arbitraries.of("Africa", "Asia", "Latin America and the Caribbean").map(Pool::region));
        Arbitrary<BigDecimal> cents = Arbitraries.longs().between(0, 100_000_000L).map(c -> BigDecimal.valueOf(c, 2));
        return Arbitraries.maps(key, cents).ofMinSize(1).ofMaxSize(8);
    }

    record Case(Map<String, BigDecimal> gave, BigDecimal amount) {
    }

    @Provide
    Arbitrary<Case> releasable() {
        return pools().flatMap(gave -> {
            long totalCents = sum(gave).movePointRight(2).longValueExact();
            return Arbitraries.longs().between(0, totalCents).map(c -> new Case(gave, BigDecimal.valueOf(c, 2)));
        });
    }

    @Provide
    Arbitrary<Case> tooMuch() {
        return Combinators.combine(pools(), Arbitraries.longs().between(1, 1_000_000L))
                .as((gave, extra) -> new Case(gave, sum(gave).add(BigDecimal.valueOf(extra, 2))));
    }

    @Property(tries = 500, seed = "20260615")
    void aReleaseSumsToTheAmountAndNoPoolGetsBackMoreThanItGave(@ForAll("releasable") Case c) {
        Map<String, BigDecimal> back = Drawdown.release(c.gave(), c.amount());
        assertEquals(0, c.amount().compareTo(sum(back)), "released " + back + " for " + c.amount());
        back.forEach((pool, amount) -> {
            assertTrue(amount.signum() > 0, pool + " gets " + amount);
            assertTrue(amount.compareTo(c.gave().get(pool)) <= 0, pool + " gave " + c.gave().get(pool) + ", gets " + amount);
        });
    }

    @Property(tries = 500, seed = "20260615")
    void theUnearmarkedPoolGetsMoneyBackOnlyOnceEveryEarmarkedPoolIsRepaid(@ForAll("releasable") Case c) {
        Map<String, BigDecimal> back = Drawdown.release(c.gave(), c.amount());
        if (back.containsKey(Pool.UNEARMARKED)) {
            assertEquals(Pool.UNEARMARKED, new ArrayList<>(back.keySet()).get(back.size() - 1));
            c.gave().forEach((pool, gave) -> {
                if (!pool.equals(Pool.UNEARMARKED) && gave.signum() > 0) {
                    assertEquals(0, gave.compareTo(back.get(pool)), pool + " is repaid in full first");
                }
            });
        }
    }

    @Property(tries = 200, seed = "20260615")
    void releasingMoreThanThePoolsGaveIsAlwaysRefused(@ForAll("tooMuch") Case c) {
        assertThrows(IllegalArgumentException.class, () -> Drawdown.release(c.gave(), c.amount()));
    }
}
