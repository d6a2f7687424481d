package org.migrationmptf.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list, with what a caller needs to ask for the next one. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }

    /**
     * A page read with its total in the same statement: each row is {@code [item, count(*) over ()]} (the window
     * counts every row that matched, before the page was cut). Only a page past the end has no row to carry the
     * total: then {@code count} asks for it.
     */
    @SuppressWarnings("unchecked")
    public static <T> Page<T> ofCounted(List<Object[]> rows, PageRequest request, java.util.function.LongSupplier count) {
        long total = rows.isEmpty() ? (request.offset() == 0 ? 0 : count.getAsLong()) : ((Number) rows.get(0)[1]).longValue();
        return of(rows.stream().map(row -> (T) row[0]).toList(), request, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
