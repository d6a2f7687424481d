package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.assertMentions;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.draftCall;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.openCall;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.migrationmptf.platform.problem.BusinessRuleException;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.CallStatus;
import org.migrationmptf.programming.api.Scope;

/** draft -> open -> closed -> decided, and every step out of order refused with the status in words. */
class CallForNotesLifecycleTest {

    private static CallForNotes closedCall() {
        CallForNotes call = openCall();
        call.close();
        return call;
    }

    @Test
    void aNewCallIsADraftAndOpens() {
        CallForNotes call = draftCall();
        assertEquals(CallStatus.DRAFT, call.getStatus());
        call.open();
        assertEquals(CallStatus.OPEN, call.getStatus());
    }

    @Test
    void aDraftCallCannotBeClosedNorDecided() {
        CallForNotes call = draftCall();
        ConflictException close = assertThrows(ConflictException.class, call::close);
        assertMentions(close, "DRAFT", "only an open call");
        ConflictException decide = assertThrows(ConflictException.class, () -> call.decide(0));
        assertMentions(decide, "DRAFT", "only a closed call");
        assertEquals(CallStatus.DRAFT, call.getStatus());
    }

    @Test
    void anOpenCallCannotBeDecidedBeforeItCloses() {
        CallForNotes call = openCall();
        ConflictException refused = assertThrows(ConflictException.class, () -> call.decide(0));
        assertMentions(refused, "OPEN");
        assertEquals(CallStatus.OPEN, call.getStatus());
    }

    @Test
    void aClosedCallIsDecidedOnceNoNoteIsStillUnderReview() {
        CallForNotes call = closedCall();
        assertEquals(CallStatus.CLOSED, call.getStatus());
        call.decide(0);
        assertEquals(CallStatus.DECIDED, call.getStatus());
    }

    @Test
    void aClosedCallWithNotesStillUnderReviewIsNotDecided() {
        CallForNotes call = closedCall();
        ConflictException refused = assertThrows(ConflictException.class, () -> call.decide(3));
        assertMentions(refused, "3 concept note(s)", "still under review", "decides them first");
        assertEquals(CallStatus.CLOSED, call.getStatus());
    }

    @Test
    void aClosedCallCannotBeOpenedAgain() {
        CallForNotes call = closedCall();
        ConflictException refused = assertThrows(ConflictException.class, call::open);
        assertMentions(refused, "CLOSED", "only a draft call");
        assertFalse(call.acceptsSubmissionsOn(LocalDate.parse("2026-06-15")), "a closed call accepts nothing");
    }

    @Test
    void aDecidedCallIsFinal() {
        CallForNotes call = closedCall();
        call.decide(0);
        assertMentions(assertThrows(ConflictException.class, call::open), "DECIDED");
        assertMentions(assertThrows(ConflictException.class, call::close), "DECIDED");
        assertMentions(assertThrows(ConflictException.class, () -> call.decide(0)), "DECIDED");
        assertEquals(CallStatus.DECIDED, call.getStatus());
    }

    @Test
    void anOpenCallAcceptsFromItsFirstDayNotBefore() {
        CallForNotes call = openCall();
        assertFalse(call.acceptsSubmissionsOn(LocalDate.parse("2026-05-31")));
        assertTrue(call.acceptsSubmissionsOn(LocalDate.parse("2026-06-01")));
    }

    @Test
    void aCallNamesAtLeastOneScope() {
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> new CallForNotes(1, "c",
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30"), BigDecimal.ONE, 12, Set.of(), Set.of()));
        assertEquals("scopes", refused.field());
        assertMentions(refused, "at least one scope");
    }

    @Test
    void aCallMayOpenAndCloseOnTheSameDay() {
        LocalDate day = LocalDate.parse("2026-06-01");
        CallForNotes call = new CallForNotes(1, "  One-day call  ", day, day, BigDecimal.ONE, 12,
                Set.of(Scope.GLOBAL), Set.of());
        call.open();
        assertTrue(call.acceptsSubmissionsOn(day));
        assertEquals("One-day call", call.getTitle());
    }
}
