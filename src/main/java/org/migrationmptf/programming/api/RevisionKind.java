package org.migrationmptf.programming.api;

/** A budget revision (money moved between categories or organisations, or added) or a no-cost extension. */
public enum RevisionKind {
    BUDGET, NO_COST_EXTENSION
}
