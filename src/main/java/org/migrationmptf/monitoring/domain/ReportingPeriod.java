package org.migrationmptf.monitoring.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * A period a programme reports on, and when its report is due. Progress: each calendar year (or half-year when the
 * fund reports semi-annually) the programme runs in, cut to its dates; an annual report (and the second half-year's)
 * is due on the fund's progress due date of the next year, a first half-year's two months after the half ends.
 * Expenditure: each calendar year, due on the fund's expenditure due date of the next year (30 April by default).
 * Only periods that have begun by {@code today} are listed.
 */
public record ReportingPeriod(String label, LocalDate start, LocalDate end, LocalDate dueOn) {

    public boolean isOverdue(LocalDate today) {
        return dueOn.isBefore(today);
    }

    public static List<ReportingPeriod> progress(LocalDate starts, LocalDate ends, boolean semiAnnual,
                                                 MonthDay due, LocalDate today) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = starts.getYear(); year <= ends.getYear(); year++) {
            if (semiAnnual) {
                add(periods, year + "-H1", LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30), starts, ends,
                        LocalDate.of(year, 8, 31), today);
                add(periods, year + "-H2", LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31), starts, ends,
                        due.atYear(year + 1), today);
            } else {
                add(periods, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), starts, ends,
                        due.atYear(year + 1), today);
            }
        }
        return periods;
    }

    public static List<ReportingPeriod> expenditure(LocalDate starts, LocalDate ends, MonthDay due, LocalDate today) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year = starts.getYear(); year <= ends.getYear(); year++) {
            add(periods, String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), starts, ends,
                    due.atYear(year + 1), today);
        }
        return periods;
    }

    /** The period a report names, among the programme's; the caller's mistake otherwise. */
    public static ReportingPeriod named(List<ReportingPeriod> periods, String label, String field) {
        return periods.stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow(() ->
                new BusinessRuleException(field, label + " is not a reporting period of this programme that has begun"
                        + " (its periods: " + periods.stream().map(ReportingPeriod::label).toList() + ")"));
    }

    private static void add(List<ReportingPeriod> periods, String label, LocalDate from, LocalDate to,
                            LocalDate starts, LocalDate ends, LocalDate due, LocalDate today) {
        LocalDate start = from.isBefore(starts) ? starts : from;
        LocalDate end = to.isAfter(ends) ? ends : to;
        if (!start.isAfter(end) && !start.isAfter(today)) {
            periods.add(new ReportingPeriod(label, start, end, due));
        }
    }
}
