package org.migrationmptf.programming.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.migrationmptf.platform.web.Page;
import org.migrationmptf.platform.web.PageRequest;

/**
 * Concept notes: a focal point drafts them for its organisation and submits them; screening is automatic. A focal
 * point sees the notes its organisation takes part in; the FMU and auditors see all; the committee sees all but
 * drafts.
 */
public interface ConceptNotes {

    /** Notes the caller may see with this status (for pick lists and pages). */
    Page<NoteView> notes(NoteStatus status, @NotNull @Valid PageRequest page);

    /** Notes the caller may see, filtered, newest first. */
    Page<NoteView> notes(@NotNull @Valid NoteFilter filter, @NotNull @Valid PageRequest page);

    NoteView note(long id);

    NoteView draft(@NotNull(message = "a body is required") @Valid NoteRequest request);

    NoteView edit(long id, @NotNull(message = "a body is required") @Valid NoteRequest request);

    /** What screening would say now, without submitting. */
    Screening screening(long id);

    NoteView submit(long id);
}
