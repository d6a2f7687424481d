package org.migrationmptf.programming.api;

import org.migrationmptf.platform.money.MoneyView;

/**
 * How many approved programmes scored a marker (GENDER, HUMAN_RIGHTS, CHILD_SENSITIVITY) at a score (0-3) in
 * their concept note, and their approved money.
 */
public record MarkerScore(String marker, int score, long programmes, MoneyView amount) {
}
