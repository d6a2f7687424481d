package org.migrationmptf.governance.api;

/** A UNSDG budget category; {@code direct} is false only for indirect support costs. */
public record BudgetCategoryView(String code, String name, boolean direct) {
}
