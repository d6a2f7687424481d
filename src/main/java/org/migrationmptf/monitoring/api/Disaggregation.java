package org.migrationmptf.monitoring.api;

import java.util.List;

/**
 * A dimension an indicator's actual values are broken down by, and its categories. An actual value is given for
 * {@code TOTAL} or for one category of a dimension the indicator declares, written {@code SEX:FEMALE}.
 */
public enum Disaggregation {
    SEX(List.of("FEMALE", "MALE", "OTHER")),
    AGE_GROUP(List.of("CHILD", "ADULT", "OLDER_PERSON")),
    MIGRATION_STATUS(List.of("MIGRANT", "REFUGEE", "RETURNEE", "HOST_COMMUNITY"));

    public static final String TOTAL = "TOTAL";

    private final List<String> categories;

    Disaggregation(List<String> categories) {
        this.categories = categories;
    }

    public List<String> categories() {
        return categories;
    }
}
