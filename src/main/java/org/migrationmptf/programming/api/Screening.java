package org.migrationmptf.programming.api;

import java.util.List;

/** The screening of a concept note against its call and the fund's rules: eligible, or each problem in words. */
public record Screening(boolean eligible, List<String> problems) {
}
