package org.migrationmptf.programming.api;

/** Where a call for concept notes stands: drafted, open for submissions, closed, decided. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, DECIDED
}
