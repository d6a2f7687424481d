package org.migrationmptf.programming.faces;

import java.util.HashMap;

/**
 * Which input of a form shows the message about a field the services named. A field inside a list or an object
 * ({@code countries[1]}, {@code requestedBudget.amount}, {@code lines[3].amount}) falls back to the input of the
 * nearest named field above it ({@code countries}, {@code requestedBudget}, {@code lines}).
 */
final class Inputs extends HashMap<String, String> {

    private static final long serialVersionUID = 1L;

    /** Pairs of field name and input id inside {@code form}, e.g. {@code of("noteForm", "title", "title")}. */
    static Inputs of(String form, String... fieldAndInput) {
        Inputs inputs = new Inputs();
        for (int i = 0; i + 1 < fieldAndInput.length; i += 2) {
            inputs.put(fieldAndInput[i], form + ":" + fieldAndInput[i + 1]);
        }
        return inputs;
    }

    @Override
    public String get(Object key) {
        String field = key == null ? null : key.toString();
        while (field != null && !field.isEmpty()) {
            String input = super.get(field);
            if (input != null) {
                return input;
            }
            int cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
            field = cut <= 0 ? null : field.substring(0, cut);
        }
        return null;
    }
}
