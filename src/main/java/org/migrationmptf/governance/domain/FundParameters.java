package org.migrationmptf.governance.domain;

import java.math.BigDecimal;
import java.time.MonthDay;
import org.migrationmptf.governance.api.ProgressReporting;
import org.migrationmptf.platform.problem.BusinessRuleException;

/**
 * The rules a fund runs by. Rates are fractions (0.01 is 1%); amounts are in the fund's reporting currency.
 */
public record FundParameters(BigDecimal administrativeAgentFeeRate, BigDecimal indirectCostCapRate,
                             BigDecimal mobilisationTarget, BigDecimal operatingReserve,
                             MonthDay expenditureReportDue, MonthDay progressReportDue,
                             ProgressReporting progressReporting, int minimumOrganisations,
                             BigDecimal conceptNoteBudgetCeiling, int conceptNoteMaxDurationMonths,
                             int quorumPercent) {

    private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");
    private static final BigDecimal TWENTY_PERCENT = new BigDecimal("0.20");

    /** The limits no fund may set itself beyond (the MPTF Office's standard arrangements). */
    void check() {
        rate("administrativeAgentFeeRate", administrativeAgentFeeRate, TEN_PERCENT);
        rate("indirectCostCapRate", indirectCostCapRate, TWENTY_PERCENT);
        if (mobilisationTarget == null || mobilisationTarget.signum() <= 0) {
            throw new BusinessRuleException("mobilisationTarget", "The resource mobilisation target must be more than zero");
        }
        if (operatingReserve == null || operatingReserve.signum() < 0) {
            throw new BusinessRuleException("operatingReserve", "The operating reserve cannot be negative");
        }
        if (conceptNoteBudgetCeiling == null || conceptNoteBudgetCeiling.signum() <= 0) {
            throw new BusinessRuleException("conceptNoteBudgetCeiling", "The budget ceiling of a concept note must be more than zero");
        }
        if (expenditureReportDue == null || progressReportDue == null || progressReporting == null) {
            throw new BusinessRuleException("The reporting due dates and frequency are required");
        }
        if (minimumOrganisations < 1 || minimumOrganisations > 20) {
            throw new BusinessRuleException("minimumOrganisations", "A joint programme needs between 1 and 20 participating organisations");
        }
        if (conceptNoteMaxDurationMonths < 1 || conceptNoteMaxDurationMonths > 120) {
            throw new BusinessRuleException("conceptNoteMaxDurationMonths", "The longest programme must be between 1 and 120 months");
        }
        if (quorumPercent < 1 || quorumPercent > 100) {
            throw new BusinessRuleException("quorumPercent", "The quorum must be between 1% and 100% of the members");
        }
    }

    private static void rate(String field, BigDecimal rate, BigDecimal max) {
        if (rate == null || rate.signum() < 0 || rate.compareTo(max) > 0) {
            throw new BusinessRuleException(field, "The rate must be between 0 and " + max.movePointRight(2).stripTrailingZeros().toPlainString() + "%");
        }
        if (rate.stripTrailingZeros().scale() > 6) {
            throw new BusinessRuleException(field, "A rate has at most 6 decimal places (0.0001%)");
        }
    }
}
