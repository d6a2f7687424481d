package org.migrationmptf.programming.api;

import java.util.List;
import java.util.Map;
import org.migrationmptf.platform.money.MoneyView;

/**
 * A programme budget as a matrix, organisation x budget category, with each organisation's direct costs, indirect
 * support costs and their rate, the totals, and the problems (an indirect cost rate over the fund's cap) in words.
 */
public record BudgetView(String currency, List<OrganisationBudget> organisations, MoneyView direct,
                         MoneyView indirect, MoneyView total, String indirectCostCap, List<String> problems) {

    /** One organisation's row: amount per category code, direct, indirect, total, and indirect as a share of direct. */
    public record OrganisationBudget(String organisation, Map<String, MoneyView> categories, MoneyView direct,
                                     MoneyView indirect, MoneyView total, String indirectRate, boolean withinCap) {
    }
}
