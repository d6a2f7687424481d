package org.migrationmptf.programming.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.AT;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.REQUESTED;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.assertMentions;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.draftNote;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.ineligibleNote;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.invitedNote;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.noteUnderReview;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.pipelineNote;
import static org.migrationmptf.programming.domain.ProgrammingFixtures.rejectedNote;

import java.math.BigDecimal;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationmptf.platform.problem.ConflictException;
import org.migrationmptf.programming.api.NoteStatus;

/**
 * The Steering Committee's decisions on a concept note after screening: endorse into the pipeline, reject, invite
 * to a full programme document when money is available; and which note a programme may be drafted from.
 */
class ConceptNoteDecisionTest {

    static Stream<Arguments> notEndorsable() {
        return Stream.of(
                Arguments.of(NoteStatus.DRAFT, (Supplier<ConceptNote>) ProgrammingFixtures::draftNote),
                Arguments.of(NoteStatus.INELIGIBLE, (Supplier<ConceptNote>) ProgrammingFixtures::ineligibleNote),
                Arguments.of(NoteStatus.PIPELINE, (Supplier<ConceptNote>) ProgrammingFixtures::pipelineNote),
                Arguments.of(NoteStatus.REJECTED, (Supplier<ConceptNote>) ProgrammingFixtures::rejectedNote),
                Arguments.of(NoteStatus.INVITED, (Supplier<ConceptNote>) ProgrammingFixtures::invitedNote));
    }

    static Stream<Arguments> notRejectable() {
        return Stream.of(
                Arguments.of(NoteStatus.DRAFT, (Supplier<ConceptNote>) ProgrammingFixtures::draftNote),
                Arguments.of(NoteStatus.INELIGIBLE, (Supplier<ConceptNote>) ProgrammingFixtures::ineligibleNote),
                Arguments.of(NoteStatus.REJECTED, (Supplier<ConceptNote>) ProgrammingFixtures::rejectedNote),
                Arguments.of(NoteStatus.INVITED, (Supplier<ConceptNote>) ProgrammingFixtures::invitedNote));
    }

    static Stream<Arguments> notInvitable() {
        return Stream.of(
                Arguments.of(NoteStatus.DRAFT, (Supplier<ConceptNote>) ProgrammingFixtures::draftNote),
                Arguments.of(NoteStatus.INELIGIBLE, (Supplier<ConceptNote>) ProgrammingFixtures::ineligibleNote),
                Arguments.of(NoteStatus.UNDER_REVIEW, (Supplier<ConceptNote>) ProgrammingFixtures::noteUnderReview),
                Arguments.of(NoteStatus.REJECTED, (Supplier<ConceptNote>) ProgrammingFixtures::rejectedNote),
                Arguments.of(NoteStatus.INVITED, (Supplier<ConceptNote>) ProgrammingFixtures::invitedNote));
    }

    static Stream<Arguments> notYetInvited() {
        return Stream.of(
                Arguments.of(NoteStatus.DRAFT, (Supplier<ConceptNote>) ProgrammingFixtures::draftNote),
                Arguments.of(NoteStatus.INELIGIBLE, (Supplier<ConceptNote>) ProgrammingFixtures::ineligibleNote),
                Arguments.of(NoteStatus.UNDER_REVIEW, (Supplier<ConceptNote>) ProgrammingFixtures::noteUnderReview),
                Arguments.of(NoteStatus.PIPELINE, (Supplier<ConceptNote>) ProgrammingFixtures::pipelineNote),
                Arguments.of(NoteStatus.REJECTED, (Supplier<ConceptNote>) ProgrammingFixtures::rejectedNote));
    }

    @Test
    void theFixturesAreInTheStatusTheyAreNamedFor() {
        assertEquals(NoteStatus.DRAFT, draftNote().getStatus());
        assertEquals(NoteStatus.INELIGIBLE, ineligibleNote().getStatus());
        assertEquals(NoteStatus.UNDER_REVIEW, noteUnderReview().getStatus());
        assertEquals(NoteStatus.PIPELINE, pipelineNote().getStatus());
        assertEquals(NoteStatus.REJECTED, rejectedNote().getStatus());
        assertEquals(NoteStatus.INVITED, invitedNote().getStatus());
    }

    @Test
    void aNoteUnderReviewIsEndorsedIntoThePipelineByADecision() {
        ConceptNote note = noteUnderReview();
        note.endorse(42L);
        assertEquals(NoteStatus.PIPELINE, note.getStatus());
        assertEquals(42L, note.getDecisionId());
    }

    @ParameterizedTest(name = "a {0} note cannot be endorsed")
    @MethodSource("notEndorsable")
    void onlyANoteUnderReviewIsEndorsed(NoteStatus status, Supplier<ConceptNote> inThatStatus) {
        ConceptNote note = inThatStatus.get();
        Long decisionBefore = note.getDecisionId();
        ConflictException refused = assertThrows(ConflictException.class, () -> note.endorse(42L));
        assertMentions(refused, status.name(), "only a note under review can be endorsed");
        assertEquals(status, note.getStatus());
        assertEquals(decisionBefore, note.getDecisionId());
    }

    @Test
    void aNoteUnderReviewIsRejectedByADecision() {
        ConceptNote note = noteUnderReview();
        note.reject(43L);
        assertEquals(NoteStatus.REJECTED, note.getStatus());
        assertEquals(43L, note.getDecisionId());
    }

    @Test
    void aPipelineNoteCanStillBeRejected() {
        ConceptNote note = pipelineNote();
        note.reject(44L);
        assertEquals(NoteStatus.REJECTED, note.getStatus());
        assertEquals(44L, note.getDecisionId());
    }

    @ParameterizedTest(name = "a {0} note cannot be rejected")
    @MethodSource("notRejectable")
    void onlyANoteUnderReviewOrInThePipelineIsRejected(NoteStatus status, Supplier<ConceptNote> inThatStatus) {
        ConceptNote note = inThatStatus.get();
        ConflictException refused = assertThrows(ConflictException.class, () -> note.reject(45L));
        assertMentions(refused, status.name(), "under review or in the pipeline");
        assertEquals(status, note.getStatus());
    }

    @Test
    void aPipelineNoteIsInvitedWhenMoreThanItAsksForIsAvailable() {
        ConceptNote note = pipelineNote();
        note.invite(new BigDecimal("9000000"), AT);
        assertEquals(NoteStatus.INVITED, note.getStatus());
        assertEquals(AT, note.getInvitedAt());
    }

    @Test
    void aPipelineNoteIsInvitedWhenExactlyWhatItAsksForIsAvailable() {
        ConceptNote note = pipelineNote();
        note.invite(new BigDecimal("2500000"), AT); // same amount, another scale than the request's 2500000.00
        assertEquals(NoteStatus.INVITED, note.getStatus());
    }

    @Test
    void aPipelineNoteWaitsWhenLessThanItAsksForIsAvailable() {
        ConceptNote note = pipelineNote();
        ConflictException refused = assertThrows(ConflictException.class,
                () -> note.invite(new BigDecimal("2499999.99"), AT));
        assertMentions(refused, "2499999.99 USD", REQUESTED.toPlainString() + " USD", "stays in the pipeline");
        assertEquals("requestedBudget", refused.field());
        assertEquals(NoteStatus.PIPELINE, note.getStatus());
        assertNull(note.getInvitedAt());
    }

    @Test
    void aPipelineNoteWaitsWhenNothingIsAvailable() {
        ConceptNote note = pipelineNote();
        assertThrows(ConflictException.class, () -> note.invite(BigDecimal.ZERO, AT));
        assertEquals(NoteStatus.PIPELINE, note.getStatus());
    }

    @ParameterizedTest(name = "a {0} note cannot be invited")
    @MethodSource("notInvitable")
    void onlyAPipelineNoteIsInvited(NoteStatus status, Supplier<ConceptNote> inThatStatus) {
        ConceptNote note = inThatStatus.get();
        ConflictException refused = assertThrows(ConflictException.class,
                () -> note.invite(new BigDecimal("9000000"), AT));
        assertMentions(refused, status.name(), "only a pipeline note can be invited");
        assertEquals(status, note.getStatus());
    }

    @Test
    void anInvitedNoteCanBecomeAProgramme() {
        ConceptNote note = invitedNote();
        note.checkCanBecomeProgramme();
        JointProgramme programme = new JointProgramme(note, "Safe pathways", ProgrammingFixtures.STARTS_ON,
                ProgrammingFixtures.ENDS_ON, ProgrammingFixtures.MEXICO);
        assertEquals(note.getOrganisationIds(), programme.getOrganisationIds());
        assertEquals(note.getLeadOrganisationId(), programme.getLeadOrganisationId());
    }

    @ParameterizedTest(name = "no programme is drafted from a {0} note")
    @MethodSource("notYetInvited")
    void onlyAnInvitedNoteBecomesAProgramme(NoteStatus status, Supplier<ConceptNote> inThatStatus) {
        ConceptNote note = inThatStatus.get();
        ConflictException refused = assertThrows(ConflictException.class, note::checkCanBecomeProgramme);
        assertMentions(refused, status.name(), "drafted from an invited note");
        assertEquals("conceptNoteId", refused.field());
        ConflictException drafting = assertThrows(ConflictException.class, () -> new JointProgramme(note, "t",
                ProgrammingFixtures.STARTS_ON, ProgrammingFixtures.ENDS_ON, ProgrammingFixtures.MEXICO));
        assertMentions(drafting, status.name());
    }
}
