package org.migrationmptf.programming.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * A programme budget: organisation x UNSDG budget category, with each organisation's indirect support costs. The
 * fund caps indirect costs at a share of the organisation's direct costs (7% by default): that rule, and the
 * totals everyone reads, live here, apart from any database.
 */
public final class Budget {

    private final List<BudgetLine> lines;

    private Budget(List<BudgetLine> lines) {
        this.lines = List.copyOf(lines);
    }

    /** A budget of these lines; the same organisation and category twice is one cell, so it is refused. */
    public static Budget of(Collection<BudgetLine> lines) {
        Set<String> cells = new java.util.HashSet<>();
        for (BudgetLine line : lines) {
            if (!cells.add(line.organisationId() + "/" + line.category())) {
                throw new IllegalArgumentException("Organisation " + line.organisationId() + " has category "
                        + line.category() + " twice");
            }
        }
        return new Budget(new ArrayList<>(lines));
    }

    public List<BudgetLine> lines() {
        return lines;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public BigDecimal total() {
        return sum(lines);
    }

    public BigDecimal direct(long organisationId) {
        return sum(lines.stream().filter(l -> l.organisationId() == organisationId && !l.indirect()).toList());
    }

    public BigDecimal indirect(long organisationId) {
        return sum(lines.stream().filter(l -> l.organisationId() == organisationId && l.indirect()).toList());
    }

    /** An organisation's share of the programme: its direct and indirect costs. */
    public BigDecimal share(long organisationId) {
        return direct(organisationId).add(indirect(organisationId));
    }

    /** Each organisation's lines by category code, organisations in id order. */
    public Map<Long, Map<String, BigDecimal>> matrix() {
        Map<Long, Map<String, BigDecimal>> matrix = new TreeMap<>();
        lines.forEach(l -> matrix.computeIfAbsent(l.organisationId(), k -> new TreeMap<>()).put(l.category(), l.amount()));
        return matrix;
    }

    /** Indirect costs as a share of direct costs, to four decimals (null when there are no direct costs). */
    public BigDecimal indirectRate(long organisationId) {
        BigDecimal direct = direct(organisationId);
        return direct.signum() == 0 ? null : indirect(organisationId).divide(direct, 4, RoundingMode.HALF_EVEN);
    }

    public boolean withinCap(long organisationId, BigDecimal cap) {
        return indirect(organisationId).compareTo(direct(organisationId).multiply(cap)) <= 0;
    }

    /**
     * What is wrong with this budget, in words: an organisation that does not take part, an unknown category, an
     * indirect cost over the cap, no lines at all.
     */
    public List<String> problems(BigDecimal cap, Set<Long> participants, Set<String> categories,
                                 LongFunction<String> name) {
        List<String> problems = new ArrayList<>();
        if (lines.isEmpty()) {
            problems.add("The budget has no lines");
        }
        for (BudgetLine line : lines) {
            if (!categories.contains(line.category())) {
                problems.add("Category " + line.category() + " is not a UNSDG budget category");
            }
        }
        for (long organisation : matrix().keySet()) {
            if (!participants.contains(organisation)) {
                problems.add(name.apply(organisation) + " does not take part in this programme");
            }
            if (!withinCap(organisation, cap)) {
                problems.add(name.apply(organisation) + "'s indirect support costs, " + indirect(organisation).toPlainString()
                        + ", exceed " + cap.movePointRight(2).stripTrailingZeros().toPlainString()
                        + "% of its direct costs (" + direct(organisation).multiply(cap)
                        // Down, so that the figure named is itself within the cap.
                        .setScale(2, RoundingMode.DOWN).toPlainString() + " at most)");
            }
        }
        return problems;
    }

    private static BigDecimal sum(List<BudgetLine> lines) {
        return lines.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
