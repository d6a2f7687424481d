package org.migrationmptf.programming.api;

/** The geographic level of a programme: one country, several countries of a region, or global. */
public enum Scope {
    NATIONAL, REGIONAL, GLOBAL
}
