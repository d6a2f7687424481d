package org.migrationmptf.governance.domain;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.migrationmptf.governance.api.Constituency;
import org.migrationmptf.governance.api.ProgressReporting;

/** Records as the database would hand them to the domain: with ids. */
final class GovernanceFixtures {

    private GovernanceFixtures() {
    }

    static FundParameters migParameters() {
        return new FundParameters(new BigDecimal("0.01"), new BigDecimal("0.07"), new BigDecimal("70000000"),
                new BigDecimal("500000"), MonthDay.of(4, 30), MonthDay.of(3, 31), ProgressReporting.ANNUAL, 2,
                new BigDecimal("3000000"), 36, 50);
    }

    static Fund fund(long id, String code) {
        return withId(new Fund(code, code + " fund", "USD", migParameters()), id);
    }

    static CommitteeMember member(Fund fund, long id, String start, String end) {
        return withId(new CommitteeMember(fund, "Member " + id, Constituency.UN_ORGANISATION, "Seat " + id,
                LocalDate.parse(start), end == null ? null : LocalDate.parse(end), false, null), id);
    }

    static Meeting meeting(Fund fund, long id, String date) {
        return withId(new Meeting(fund, LocalDate.parse(date), "Meeting " + id, "Geneva", List.of("Agenda")), id);
    }

    static <T> T withId(T entity, Object id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
