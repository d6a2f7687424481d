package org.migrationmptf.platform.web;

/**
 * Turns what a person typed into a case-insensitive "contains" pattern for JPQL {@code like ... escape '!'}: their
 * % and _ are matched literally, not as wildcards.
 */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return "%" + text.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
