package org.migrationmptf.monitoring.api;

import java.util.List;
import java.util.Set;

/** A programme's results framework as it stands, with the latest accepted actual value of each indicator. */
public record ResultsFrameworkView(long programmeId, List<Result> outcomes) {

    /** An outcome or output, its indicators and (for an outcome) its outputs. */
    public record Result(long id, String level, String code, String statement, List<Result> outputs,
                         List<Indicator> indicators) {
    }

    /** An indicator with its baseline, target and latest accepted actual (TOTAL), if any. */
    public record Indicator(long id, String code, String title, String unit, Measure measure, String baseline,
                            Integer baselineYear, String target, Set<Disaggregation> disaggregations,
                            Set<Integer> gcmObjectives, Set<String> sdgIndicators, String latestActual,
                            String latestPeriod) {
    }
}
