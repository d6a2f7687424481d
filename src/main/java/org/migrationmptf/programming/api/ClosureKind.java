package org.migrationmptf.programming.api;

/** Operational closure (activities ended) or financial closure (accounts settled). */
public enum ClosureKind {
    OPERATIONAL, FINANCIAL
}
