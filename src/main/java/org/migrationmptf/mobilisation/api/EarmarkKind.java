package org.migrationmptf.mobilisation.api;

/** How a contribution is earmarked: not at all, or to one thematic area, one country or one region. */
public enum EarmarkKind {
    UNEARMARKED, THEMATIC_AREA, COUNTRY, REGION
}
