package org.migrationmptf.programming.api;

/** A revision is requested, then approved (on a decision) or refused. */
public enum RevisionStatus {
    REQUESTED, APPROVED, REFUSED
}
