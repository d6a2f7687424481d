package org.migrationmptf.monitoring.api;

/** How an indicator is measured: a number, a percentage (0 to 100), or in words. */
public enum Measure {
    NUMBER, PERCENTAGE, QUALITATIVE
}
