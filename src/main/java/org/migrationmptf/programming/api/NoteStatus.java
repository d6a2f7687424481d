package org.migrationmptf.programming.api;

/**
 * Where a concept note stands: a draft; ineligible (screening found problems) or under review; then endorsed into
 * the pipeline or rejected by the Steering Committee; invited to a full programme document.
 */
public enum NoteStatus {
    DRAFT, INELIGIBLE, UNDER_REVIEW, PIPELINE, REJECTED, INVITED
}
