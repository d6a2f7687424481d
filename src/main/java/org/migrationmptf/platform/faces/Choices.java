package org.migrationmptf.platform.faces;

/** A choice from a page's list, as the enum it names (null when nothing was chosen). */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, Object chosen) {
        if (chosen == null || chosen.toString().isBlank()) {
            return null;
        }
        return chosen instanceof Enum<?> ? type.cast(chosen) : Enum.valueOf(type, chosen.toString());
    }
}
