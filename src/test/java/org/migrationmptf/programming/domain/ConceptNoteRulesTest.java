package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.NoteStatus;
import org.migrationmptf.programming.api.Scope;

class ConceptNoteRulesTest {

    private static final LocalDate DAY = LocalDate.parse("2026-06-15");

    private static CallForNotes openCall() {
        CallForNotes call = new CallForNotes(1, "Call 2026", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"),
                new BigDecimal("3000000"), 36, Set.of(Scope.NATIONAL, Scope.REGIONAL), Set.of(2, 4));
        call.open();
        return call;
    }

    private static NoteContent good() {
        return new NoteContent("Safe pathways", "Summary", Scope.NATIONAL, 4, new BigDecimal("2500000"), "USD", 24,
                2, 2, 1, Set.of(10L, 20L), Set.of("MEX"), Set.of(5, 6), Set.of(1, 7));
    }

    @Test
    void aGoodNoteIsEligible() {
        assertEquals(List.of(), Eligibility.problems(openCall(), good(), 2, "USD", DAY));
    }

    @Test
    void everyBrokenRuleIsSaidInWords() {
        NoteContent bad = new NoteContent("t", "s", Scope.GLOBAL, 3, new BigDecimal("3000000.01"), "EUR", 37,
                null, 2, 1, Set.of(10L), Set.of(), Set.of(), Set.of());
        List<String> problems = Eligibility.problems(openCall(), bad, 2, "USD", LocalDate.parse("2026-07-01"));
        assertEquals(9, problems.size(), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("at least 2 participating")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("above the call's ceiling of 3000000")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("37 months")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("markers")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("not open for submissions on 2026-07-01")));
    }

    @Test
    void nationalMeansOneCountryRegionalAtLeastTwo() {
        NoteContent national = new NoteContent("t", "s", Scope.NATIONAL, 4, BigDecimal.TEN, "USD", 12, 0, 0, 0,
                Set.of(1L, 2L), Set.of("MEX", "GTM"), Set.of(5), Set.of());
        assertTrue(Eligibility.problems(openCall(), national, 2, "USD", DAY).get(0).contains("exactly one country"));
        NoteContent regional = new NoteContent("t", "s", Scope.REGIONAL, 4, BigDecimal.TEN, "USD", 12, 0, 0, 0,
                Set.of(1L, 2L), Set.of("MEX"), Set.of(5), Set.of());
        assertTrue(Eligibility.problems(openCall(), regional, 2, "USD", DAY).get(0).contains("at least two countries"));
    }

    @Test
    void submittingScreensAndFreezesTheNote() {
        ConceptNote eligible = new ConceptNote(openCall(), 10L, good());
        assertEquals(List.of(), eligible.submit(2, "USD", DAY, Instant.now()));
        assertEquals(NoteStatus.UNDER_REVIEW, eligible.getStatus());
        assertThrows(ConflictException.class, () -> eligible.edit(good()));
        assertThrows(ConflictException.class, () -> eligible.submit(2, "USD", DAY, Instant.now()));

        ConceptNote alone = new ConceptNote(openCall(), 10L, new NoteContent("t", "s", Scope.NATIONAL, 4,
                BigDecimal.TEN, "USD", 12, 0, 0, 0, Set.of(10L), Set.of("MEX"), Set.of(5), Set.of()));
        List<String> problems = alone.submit(2, "USD", DAY, Instant.now());
        assertEquals(NoteStatus.INELIGIBLE, alone.getStatus());
        assertEquals(String.join("\n", problems), alone.getScreeningReasons());
    }

    @Test
    void theLeadTakesPartAndTheBudgetIsPositive() {
        BusinessRuleException notIn = assertThrows(BusinessRuleException.class, () -> new ConceptNote(openCall(), 99L, good()));
        assertEquals("organisations", notIn.field());
        NoteContent free = new NoteContent("t", "s", Scope.NATIONAL, 4, BigDecimal.ZERO, "USD", 12, 0, 0, 0,
                Set.of(10L, 20L), Set.of("MEX"), Set.of(5), Set.of());
        assertThrows(BusinessRuleException.class, () -> new ConceptNote(openCall(), 10L, free));
    }

    @Test
    void aCallOpensOnceClosesOnceAndAcceptsOnlyInItsWindow() {
        CallForNotes call = new CallForNotes(1, "c", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"),
                BigDecimal.ONE, 12, Set.of(Scope.GLOBAL), Set.of());
        assertTrue(!call.acceptsSubmissionsOn(DAY), "a draft call accepts nothing");
        call.open();
        assertThrows(ConflictException.class, call::open);
        assertTrue(call.acceptsSubmissionsOn(LocalDate.parse("2026-06-30")));
        assertTrue(!call.acceptsSubmissionsOn(LocalDate.parse("2026-07-01")));
        call.close();
        assertEquals(CallStatus.CLOSED, call.getStatus());
        assertThrows(ConflictException.class, call::close);
        assertThrows(BusinessRuleException.class, () -> new CallForNotes(1, "c", LocalDate.parse("2026-06-02"),
                LocalDate.parse("2026-06-01"), BigDecimal.ONE, 12, Set.of(Scope.GLOBAL), Set.of()));
    }
}
