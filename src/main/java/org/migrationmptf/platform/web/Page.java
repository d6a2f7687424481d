package org.migrationmptf.platform.web;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, with what a caller needs to ask for the next one.
 *
 * <p>The page and the views listed on it have a hash code of a few fields instead of the record's default, which
 * hashes every field and so the whole tree below it. Equal records still have equal hash codes (they agree on those
 * fields), so they stay correct as keys. Why it matters: JSON-B (Yasson) keeps every object it is writing in a hash
 * set to catch a reference cycle, adding and removing each one, so with the default a page of 50 ledger journals was
 * hashed whole twice, each journal twice more, each line twice more: about 7% of the server's time on the ledger
 * list (JFR, under load).
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    @Override
    public int hashCode() {
        return java.util.Objects.hash(page, size, totalItems, items.size());
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int totalPages = (int) ((totalItems + request.size() - 1) / request.size());
        return new Page<>(List.copyOf(items), request.page(), request.size(), totalItems, totalPages);
    }

    /**
     * A page read with its total in the same statement: each row is {@code [item, count(*) over ()]} (the window
     * counts every row that matched, before the page was cut). See {@link #total} for a page past the end.
     */
    @SuppressWarnings("unchecked")
    public static <T> Page<T> ofCounted(List<Object[]> rows, PageRequest request, java.util.function.LongSupplier count) {
        return of(rows.stream().map(row -> (T) row[0]).toList(), request,
                total(request, rows.isEmpty() ? null : ((Number) rows.get(0)[1]).longValue(), count));
    }

    /**
     * The total of a list whose rows carry it (a window or a count subquery in the same statement): {@code carried},
     * from the first row. Only a page past the end has no row to carry it: then {@code count} asks for it.
     */
    public static long total(PageRequest request, Long carried, java.util.function.LongSupplier count) {
        return carried != null ? carried : request.offset() == 0 ? 0 : count.getAsLong();
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
