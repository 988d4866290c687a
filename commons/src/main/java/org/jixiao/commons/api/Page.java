package org.jixiao.commons.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The one shape of every list the suite answers (docs/api.md, "Pagination"): a page of items with the page number
 * (0-based), the page size asked for and the total number of items, so that a dashboard can show "page 3 of 40".
 * {@link PageLinks} adds the RFC 8288 {@code Link} header for first, prev, next and last.
 */
public record Page<T>(
        @Schema(required = true, description = "The items of this page, in the list's documented order") List<T> items,
        @Schema(required = true, description = "0-based page number", example = "0") int page,
        @Schema(required = true, description = "Page size asked for (1–" + Page.MAX_SIZE + ")", example = "50") int size,
        @Schema(required = true, description = "Number of items in the whole list", example = "1") long total) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;
    /** Highest page number accepted; deeper pages of a list this long are better narrowed by a filter. */
    public static final int MAX_PAGE = 100_000;

    public Page {
        items = List.copyOf(items);
    }

    /** The page of a list already held whole (a bounded sub-collection such as an evaluation's leaves). */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return new Page<>(all.subList((int) from, (int) to), page, size, all.size());
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }

    /** Number of the last page (0 for an empty list). */
    public long lastPage() {
        return total == 0 ? 0 : (total - 1) / size;
    }
}
