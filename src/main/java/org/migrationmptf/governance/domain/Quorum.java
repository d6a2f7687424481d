package org.migrationmptf.governance.domain;

/**
 * Whether enough Steering Committee members attend a meeting for it to decide: of the members serving on the
 * meeting's date, at least {@code required} must be present (the fund's quorum percentage, rounded up).
 */
public record Quorum(int serving, int present, int required) {

    public boolean isMet() {
        return serving > 0 && present >= required;
    }
}
