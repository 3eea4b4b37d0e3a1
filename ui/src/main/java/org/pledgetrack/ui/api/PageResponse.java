package org.pledgetrack.ui.api;

import java.util.List;

/** One page of a list: the items, where the page is, and how many there are in all. */
record PageResponse<T>(List<T> items, int page, int size, long total) {

    static final int MAX_SIZE = 500;

    /** Cuts one page out of a list; page numbers start at 0, sizes go from 1 to {@value #MAX_SIZE}. */
    static <T> PageResponse<T> of(List<T> all, int page, int size) {
        long from = Math.min(offset(page, size), all.size());
        long to = Math.min(from + size, all.size());
        return new PageResponse<>(all.subList((int) from, (int) to), page, size, all.size());
    }

    /**
     * Where page {@code page} of {@code size} items starts, for lists the database pages; refuses the
     * same numbers as {@link #of}. Past {@link Integer#MAX_VALUE} it is simply beyond every list.
     */
    static int offset(int page, int size) {
        if (page < 0) {
            throw new InvalidParameterException("page", page, "page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", size, "size must be between 1 and " + MAX_SIZE);
        }
        return (int) Math.min(Integer.MAX_VALUE, (long) page * size);
    }
}
