package org.migrationmptf.monitoring.service.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One IATI 2.03 activity as the activity file writes it: plain values, already mapped to IATI's codelists (see
 * {@link IatiMapping}), in the order the schema wants them.
 */
public record IatiActivity(String identifier, String title, String description, List<Participant> participants,
                           int status, List<ActivityDate> dates, int scope, List<Share> countries,
                           List<Share> regions, String sector, Budget budget, List<Transaction> transactions,
                           List<Result> results) {

    /** An organisation as IATI names it: its identifier (may be null when it has none), type and name. */
    public record Org(String ref, String type, String name) {
    }

    /** OrganisationRole: 1 funding, 2 accountable, 3 extending, 4 implementing. */
    public record Participant(int role, Org org) {
    }

    /** ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. */
    public record ActivityDate(int type, LocalDate date) {
    }

    /** A recipient country (ISO alpha-2) or region (with its vocabulary) and its share in percent. */
    public record Share(String code, String vocabulary, BigDecimal percentage) {
    }

    public record Budget(LocalDate start, LocalDate end, BigDecimal value, String currency, LocalDate valueDate) {
    }

    /** TransactionType: 1 incoming funds, 2 outgoing commitment, 3 disbursement, 4 expenditure, 11, 13 incoming. */
    public record Transaction(int type, LocalDate date, BigDecimal value, String currency, String description,
                              Org provider, Org receiver) {
    }

    /** ResultType: 1 output, 2 outcome. */
    public record Result(int type, String title, List<Indicator> indicators) {
    }

    /**
     * IndicatorMeasure: 1 unit, 2 percentage, 5 qualitative (its baseline, target and actual are words, written as
     * comments). The period is the programme's; the actual is the latest accepted value.
     */
    public record Indicator(int measure, String title, String description, Integer baselineYear, String baseline,
                            LocalDate periodStart, LocalDate periodEnd, String target, String actual,
                            String actualComment) {
    }
}
