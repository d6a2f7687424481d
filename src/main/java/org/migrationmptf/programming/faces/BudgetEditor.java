package org.migrationmptf.programming.faces;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.migrationmptf.programming.api.BudgetLineInput;
import org.migrationmptf.programming.api.BudgetView;

/**
 * The budget matrix as the lead focal point edits it: one row per participating organisation, one cell per budget
 * category (1 to 7 and ISC). Empty and zero cells are no line.
 */
public class BudgetEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Row> rows = new ArrayList<>();

    /** The matrix of these organisations and categories, filled from a budget (or empty when there is none). */
    static BudgetEditor of(Collection<String> organisations, List<String> categories, BudgetView budget) {
        BudgetEditor editor = new BudgetEditor();
        for (String organisation : organisations) {
            Row row = new Row(organisation);
            categories.forEach(c -> row.cells.put(c, null));
            if (budget != null) {
                budget.organisations().stream().filter(o -> o.organisation().equals(organisation)).findFirst()
                        .ifPresent(o -> o.categories().forEach((c, amount) -> row.cells.put(c, new BigDecimal(amount.amount()))));
            }
            editor.rows.add(row);
        }
        return editor;
    }

    /** Every filled cell as a budget line. */
    List<BudgetLineInput> lines() {
        List<BudgetLineInput> lines = new ArrayList<>();
        for (Row row : rows) {
            row.cells.forEach((category, amount) -> {
                if (amount != null && amount.signum() != 0) {
                    lines.add(new BudgetLineInput(row.organisation, category, amount));
                }
            });
        }
        return lines;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One organisation's cells, by category code. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String organisation;
        private final Map<String, BigDecimal> cells = new LinkedHashMap<>();

        Row(String organisation) {
            this.organisation = organisation;
        }

        public String getOrganisation() {
            return organisation;
        }

        public Map<String, BigDecimal> getCells() {
            return cells;
        }
    }
}
