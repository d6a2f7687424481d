package org.migrationmptf.platform.web;

import java.time.LocalDate;

/**
 * Open ends of a date filter as dates both databases store. Queries compare with these instead of testing a date
 * parameter for null: PostgreSQL cannot type a null date parameter ("could not determine data type").
 */
public final class DateRange {

    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private DateRange() {
    }

    public static LocalDate from(LocalDate from) {
        return from == null ? EARLIEST : from;
    }

    public static LocalDate to(LocalDate to) {
        return to == null ? LATEST : to;
    }
}
