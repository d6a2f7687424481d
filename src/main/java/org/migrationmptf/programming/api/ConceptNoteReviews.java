package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * From review to invitation: the FMU assigns reviewers, who score notes against the fund's criteria; the review
 * board ranks them; the Steering Committee endorses notes into the pipeline or rejects them by decision; the FMU
 * invites pipeline notes to a full programme document when the money available covers them.
 */
public interface ConceptNoteReviews {

    /** The FMU assigns the reviewers of a note under review. */
    NoteReviews assignReviewers(long id, @NotNull(message = "a body is required") @Valid ReviewerAssignment request);

    /** An assigned reviewer scores the note (again, until the committee decides). */
    NoteReviews review(long id, @NotNull(message = "a body is required") @Valid ReviewRequest request);

    NoteReviews reviews(long id);

    /** The notes of a call under review, ranked by average score. */
    Ranking reviewBoard(String fund, long callId);

    /** The Steering Committee endorsed the note into the pipeline (an endorse-pipeline decision naming it). */
    NoteView endorse(long id, @NotNull(message = "a body is required") @Valid DecisionReference request);

    /** The Steering Committee rejected the note (an endorse-pipeline decision naming it, which left it out). */
    NoteView reject(long id, @NotNull(message = "a body is required") @Valid DecisionReference request);

    /** Invites a pipeline note to a full programme document; refused while the money available cannot cover it. */
    NoteView invite(long id);

    /** The fund's pipeline, ranked, with the running total against the money available. */
    Ranking pipeline(String fund);
}
