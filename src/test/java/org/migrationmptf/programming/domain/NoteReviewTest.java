package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.AT;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.assertMentions;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.noteUnderReview;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.NoteStatus;

/** A reviewer is assigned to a note under review, scores four criteria 1 to 5, may score again until the decision. */
class NoteReviewTest {

    static Stream<Arguments> notUnderReview() {
        return Stream.of(
                Arguments.of(NoteStatus.DRAFT, (Supplier<ConceptNote>) ProgrammingFixtures::draftNote),
                Arguments.of(NoteStatus.INELIGIBLE, (Supplier<ConceptNote>) ProgrammingFixtures::ineligibleNote),
                Arguments.of(NoteStatus.PIPELINE, (Supplier<ConceptNote>) ProgrammingFixtures::pipelineNote),
                Arguments.of(NoteStatus.REJECTED, (Supplier<ConceptNote>) ProgrammingFixtures::rejectedNote),
                Arguments.of(NoteStatus.INVITED, (Supplier<ConceptNote>) ProgrammingFixtures::invitedNote));
    }

    @Test
    void aReviewerIsAssignedToANoteUnderReviewAndHasNoScoreYet() {
        ConceptNote note = noteUnderReview();
        NoteReview review = new NoteReview(note, "reviewer@iom.int");
        assertEquals("reviewer@iom.int", review.getReviewer());
        assertEquals(note, review.getNote());
        assertFalse(review.isScored());
        assertNull(review.score());
    }

    @ParameterizedTest(name = "no reviewer is assigned to a {0} note")
    @MethodSource("notUnderReview")
    void reviewersAreAssignedOnlyToNotesUnderReview(NoteStatus status, Supplier<ConceptNote> inThatStatus) {
        ConceptNote note = inThatStatus.get();
        ConflictException refused = assertThrows(ConflictException.class, () -> new NoteReview(note, "r"));
        assertMentions(refused, status.name(), "notes under review");
    }

    @ParameterizedTest(name = "{0},{1},{2},{3} -> {4}")
    @CsvSource({
        "3, 4, 4, 4, 3.75",
        "1, 2, 2, 2, 1.75",
        "5, 5, 5, 5, 5.00",
        "1, 1, 1, 1, 1.00",
        "1, 2, 3, 4, 2.50",
        "2, 2, 2, 3, 2.25"
    })
    void aReviewsScoreIsTheMeanOfItsFourCriteriaToTwoDecimals(int quality, int principles, int markers, int balance,
                                                             String mean) {
        NoteReview review = new NoteReview(noteUnderReview(), "r");
        review.score(quality, principles, markers, balance, null, AT);
        assertTrue(review.isScored());
        assertEquals(new BigDecimal(mean), review.score()); // equals: the scale is 2 as well
        assertEquals(AT, review.getScoredAt());
    }

    @Test
    void theScoresAndATrimmedCommentAreKept() {
        NoteReview review = new NoteReview(noteUnderReview(), "r");
        review.score(5, 4, 3, 2, "  Strong national ownership.  ", AT);
        assertEquals(5, review.getQuality());
        assertEquals(4, review.getPrinciples());
        assertEquals(3, review.getMarkers());
        assertEquals(2, review.getBalance());
        assertEquals("Strong national ownership.", review.getComment());
    }

    @Test
    void aBlankCommentIsNoComment() {
        NoteReview review = new NoteReview(noteUnderReview(), "r");
        review.score(3, 3, 3, 3, "   ", AT);
        assertNull(review.getComment());
    }

    @Test
    void scoringAgainReplacesTheEarlierScores() {
        NoteReview review = new NoteReview(noteUnderReview(), "r");
        review.score(1, 1, 1, 1, "first look", AT);
        Instant later = AT.plusSeconds(3600);
        review.score(3, 4, 4, 4, null, later);
        assertEquals(new BigDecimal("3.75"), review.score());
        assertEquals(3, review.getQuality());
        assertNull(review.getComment());
        assertEquals(later, review.getScoredAt());
    }

    @ParameterizedTest(name = "a score of {0} is refused")
    @ValueSource(ints = {0, 6, -1, Integer.MAX_VALUE})
    void eachCriterionIsScoredOneToFive(int outOfRange) {
        NoteReview review = new NoteReview(noteUnderReview(), "r");
        assertMentions(assertThrows(IllegalArgumentException.class,
                () -> review.score(outOfRange, 3, 3, 3, null, AT)), "1 to 5", String.valueOf(outOfRange));
        assertThrows(IllegalArgumentException.class, () -> review.score(3, outOfRange, 3, 3, null, AT));
        assertThrows(IllegalArgumentException.class, () -> review.score(3, 3, outOfRange, 3, null, AT));
        assertThrows(IllegalArgumentException.class, () -> review.score(3, 3, 3, outOfRange, null, AT));
        assertFalse(review.isScored(), "nothing of a refused scoring is kept");
    }

    @Test
    void aRefusedRescoringKeepsTheEarlierScores() {
        NoteReview review = new NoteReview(noteUnderReview(), "r");
        review.score(3, 4, 4, 4, "kept", AT);
        assertThrows(IllegalArgumentException.class, () -> review.score(5, 5, 5, 6, "lost", AT.plusSeconds(1)));
        assertEquals(new BigDecimal("3.75"), review.score());
        assertEquals("kept", review.getComment());
        assertEquals(AT, review.getScoredAt());
    }

    @Test
    void scoringIsRefusedOnceTheNoteIsEndorsed() {
        ConceptNote note = noteUnderReview();
        NoteReview review = new NoteReview(note, "r");
        review.score(3, 4, 4, 4, null, AT);
        note.endorse(1L);
        ConflictException refused = assertThrows(ConflictException.class,
                () -> review.score(5, 5, 5, 5, null, AT.plusSeconds(60)));
        assertMentions(refused, "PIPELINE", "review is over");
        assertEquals(new BigDecimal("3.75"), review.score());
    }

    @Test
    void scoringIsRefusedOnceTheNoteIsRejected() {
        ConceptNote note = noteUnderReview();
        NoteReview review = new NoteReview(note, "r");
        note.reject(1L);
        ConflictException refused = assertThrows(ConflictException.class, () -> review.score(2, 2, 2, 2, null, AT));
        assertMentions(refused, "REJECTED", "review is over");
        assertFalse(review.isScored());
    }
}
