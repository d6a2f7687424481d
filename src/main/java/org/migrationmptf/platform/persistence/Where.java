package org.migrationmptf.platform.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The where clause of a list query, holding only the filters the caller gave. A fixed query with every filter
 * written as {@code (:x is null or ...)} reads the same to the database whether a filter is set or not: with a
 * generic plan it checks each condition on every row and cannot use an index for the one that is set. Built this
 * way, an unfiltered page is an index scan and a filtered one uses the filter's index.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Adds a condition and its parameters, given as name, value, name, value... */
    public Where and(String condition, Object... parameters) {
        if (parameters.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come in name-value pairs: " + condition);
        }
        conditions.add(condition);
        for (int i = 0; i < parameters.length; i += 2) {
            this.parameters.put((String) parameters[i], parameters[i + 1]);
        }
        return this;
    }

    /** The clause, " where a and b", or nothing without conditions. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** The clause with its values: equal keys select the same rows (a key for what is remembered per filter). */
    public String key() {
        return clause() + " " + parameters;
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
