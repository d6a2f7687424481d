package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.BUDGET_TOTAL;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.CAP;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.CATEGORIES;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.LEAD;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.OUTSIDER;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.PARTNER;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.budget;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.line;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.problems;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The budget matrix (organisation x UNSDG category, plus indirect support costs) and its rules, above all the cap on
 * indirect support costs: at most 7% of each organisation's direct costs.
 */
class BudgetTest {

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + ", was " + actual);
    }

    @Test
    void theTotalIsEveryLineDirectAndIndirect() {
        assertAmount(BUDGET_TOTAL.toPlainString(), budget().total());
        assertFalse(budget().isEmpty());
        assertEquals(5, budget().lines().size());
    }

    @Test
    void eachOrganisationsShareIsItsDirectPlusItsIndirectCosts() {
        Budget budget = budget();
        assertAmount("120000.00", budget.direct(LEAD));
        assertAmount("8400.00", budget.indirect(LEAD));
        assertAmount("128400.00", budget.share(LEAD));
        assertAmount("50000.00", budget.direct(PARTNER));
        assertAmount("3500.00", budget.indirect(PARTNER));
        assertAmount("53500.00", budget.share(PARTNER));
        assertAmount(budget.total().toPlainString(), budget.share(LEAD).add(budget.share(PARTNER)));
    }

    @Test
    void anOrganisationWithoutLinesHasNoShare() {
        assertEquals(0, budget().share(OUTSIDER).signum());
        assertNull(budget().indirectRate(OUTSIDER));
    }

    @Test
    void theIndirectRateIsIndirectOverDirectToFourDecimals() {
        Budget budget = Budget.of(List.of(line(LEAD, "1", "300.00"), line(LEAD, BudgetLine.INDIRECT, "20.00")));
        assertEquals(new BigDecimal("0.0667"), budget.indirectRate(LEAD));
        assertEquals(new BigDecimal("0.0700"), budget().indirectRate(LEAD));
    }

    @Test
    void theIndirectRateOfAnOrganisationWithOnlyIndirectCostsIsUnknown() {
        Budget budget = Budget.of(List.of(line(LEAD, BudgetLine.INDIRECT, "100.00")));
        assertNull(budget.indirectRate(LEAD));
        assertFalse(budget.withinCap(LEAD, CAP));
    }

    @Test
    void theMatrixListsOrganisationsInIdOrderWithTheirCategories() {
        Map<Long, Map<String, BigDecimal>> matrix = budget().matrix();
        assertEquals(List.of(LEAD, PARTNER), List.copyOf(matrix.keySet()));
        assertEquals(List.of("1", "5", "ISC"), List.copyOf(matrix.get(LEAD).keySet()));
        assertAmount("20000.00", matrix.get(LEAD).get("5"));
    }

    @Test
    void indirectCostsOfExactlySevenPercentAreAllowed() {
        Budget budget = budget(); // 8,400 on 120,000 and 3,500 on 50,000: exactly 7% each
        assertTrue(budget.withinCap(LEAD, CAP));
        assertTrue(budget.withinCap(PARTNER, CAP));
        assertEquals(List.of(), problems(budget));
    }

    @Test
    void oneCentOverSevenPercentIsRefusedNamingTheOrganisationAndTheMaximum() {
        Budget budget = Budget.of(List.of(line(LEAD, "1", "120000.00"), line(LEAD, BudgetLine.INDIRECT, "8400.01"),
                line(PARTNER, "1", "50000.00"), line(PARTNER, BudgetLine.INDIRECT, "3500.00")));
        assertFalse(budget.withinCap(LEAD, CAP));
        assertTrue(budget.withinCap(PARTNER, CAP));
        List<String> problems = problems(budget);
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0);
        assertTrue(problem.startsWith("IOM's indirect support costs, 8400.01, exceed 7% of its direct costs"), problem);
        assertTrue(problem.contains("(8400.00 at most)"), problem);
    }

    @Test
    void indirectCostsWithoutDirectCostsAreOverTheCap() {
        List<String> problems = problems(Budget.of(List.of(line(LEAD, BudgetLine.INDIRECT, "100.00"),
                line(PARTNER, "1", "10.00"))));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("IOM's indirect support costs, 100.00") && problems.get(0).contains("(0.00 at most)"),
                problems.get(0));
    }

    @Test
    void theCapIsTheFundsParameter() {
        Budget tenPercent = Budget.of(List.of(line(LEAD, "1", "1000.00"), line(LEAD, BudgetLine.INDIRECT, "100.00"),
                line(PARTNER, "1", "1000.00")));
        assertEquals(List.of(), tenPercent.problems(new BigDecimal("0.10"), Set.of(LEAD, PARTNER), CATEGORIES, id -> "O" + id));
        List<String> atSeven = problems(tenPercent);
        assertEquals(1, atSeven.size(), atSeven.toString());
        assertTrue(atSeven.get(0).contains("exceed 7%") && atSeven.get(0).contains("(70.00 at most)"), atSeven.get(0));
        List<String> atFive = tenPercent.problems(new BigDecimal("0.05"), Set.of(LEAD, PARTNER), CATEGORIES, id -> "O" + id);
        assertTrue(atFive.get(0).contains("exceed 5%") && atFive.get(0).contains("(50.00 at most)"), atFive.get(0));
    }

    @Test
    void anOrganisationThatDoesNotTakePartIsNamed() {
        Budget budget = Budget.of(List.of(line(LEAD, "1", "100.00"), line(OUTSIDER, "1", "100.00")));
        assertEquals(List.of("Organisation 99 does not take part in this programme"), problems(budget));
    }

    @Test
    void anUnknownCategoryIsNamed() {
        Budget budget = Budget.of(List.of(line(LEAD, "1", "100.00"), line(LEAD, "8", "100.00")));
        assertEquals(List.of("Category 8 is not a UNSDG budget category"), problems(budget));
    }

    @Test
    void anEmptyBudgetIsAProblemAndTotalsZero() {
        Budget empty = Budget.of(List.of());
        assertTrue(empty.isEmpty());
        assertEquals(0, empty.total().signum());
        assertEquals(List.of("The budget has no lines"), problems(empty));
    }

    @Test
    void everyProblemIsListed() {
        Budget budget = Budget.of(List.of(line(LEAD, "1", "100.00"), line(LEAD, BudgetLine.INDIRECT, "50.00"),
                line(OUTSIDER, "X", "10.00")));
        List<String> problems = problems(budget);
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.equals("Category X is not a UNSDG budget category")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("IOM's indirect support costs, 50.00")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.equals("Organisation 99 does not take part in this programme")),
                problems.toString());
    }

    @Test
    void theSameOrganisationAndCategoryTwiceIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Budget.of(List.of(
                line(LEAD, "1", "100.00"), line(LEAD, "1", "200.00"))));
        assertTrue(refused.getMessage().contains("Organisation 10 has category 1 twice"), refused.getMessage());
    }

    @Test
    void theSameCategoryForTwoOrganisationsIsTwoCells() {
        Budget budget = Budget.of(List.of(line(LEAD, "1", "100.00"), line(PARTNER, "1", "200.00")));
        assertAmount("300.00", budget.total());
    }

    @Test
    void aBudgetIsACopyOfItsLines() {
        List<BudgetLine> lines = new java.util.ArrayList<>(List.of(line(LEAD, "1", "100.00")));
        Budget budget = Budget.of(lines);
        lines.add(line(PARTNER, "1", "100.00"));
        assertEquals(1, budget.lines().size());
        assertThrows(UnsupportedOperationException.class, () -> budget.lines().add(line(PARTNER, "2", "1.00")));
    }

    @Test
    void theMaximumNamedForIndirectCostsIsItselfAllowed() {
        Budget over = Budget.of(List.of(line(LEAD, "1", "100.09"), line(LEAD, BudgetLine.INDIRECT, "7.01"),
                line(PARTNER, "1", "10.00")));
        List<String> problems = problems(over);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("(7.00 at most)"), problems.get(0));
        Budget atTheNamedMaximum = Budget.of(List.of(line(LEAD, "1", "100.09"), line(LEAD, BudgetLine.INDIRECT, "7.00"),
                line(PARTNER, "1", "10.00")));
        assertEquals(List.of(), problems(atTheNamedMaximum));
    }
}
