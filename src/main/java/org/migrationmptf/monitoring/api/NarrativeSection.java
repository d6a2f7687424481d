package org.migrationmptf.monitoring.api;

/** The sections of a progress report's narrative. */
public enum NarrativeSection {
    SUMMARY, RESULTS, CHALLENGES, LESSONS, PARTNERSHIPS, NEXT_STEPS
}
