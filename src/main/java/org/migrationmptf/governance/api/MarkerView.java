package org.migrationmptf.governance.api;

import java.util.List;

/** A marker and what each of its scores (0-3) means. */
public record MarkerView(String code, String name, List<Score> scale) {

    /** One step of a marker's scale. */
    public record Score(int score, String description) {
    }
}
