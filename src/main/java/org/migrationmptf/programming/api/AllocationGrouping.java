package org.migrationmptf.programming.api;

/** How approved money is grouped: thematic area, UN M49 region, organisation, scope, programme status, programme. */
public enum AllocationGrouping {
    THEMATIC_AREA, REGION, ORGANISATION, SCOPE, STATUS, PROGRAMME
}
