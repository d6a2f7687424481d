package org.migrationmptf.governance.api;

/** A guiding principle of the Global Compact. */
public record GuidingPrincipleView(int number, String name, String description) {
}
