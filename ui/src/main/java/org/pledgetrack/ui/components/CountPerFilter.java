package org.pledgetrack.ui.components;

import java.util.function.IntSupplier;

/**
 * A lazy grid's row count, kept until its filter changes. The grid asks for the count again after
 * every sort change too, although only the filter changes it, and counting a national TA's 18,000
 * agencies cost as much as the page itself (issue 7, figure 4). Agencies added or assigned while the
 * grid is open show with the next filter change or visit, as rows did before between sort changes.
 *
 * @param <F> the filter's values; equal values mean the same rows
 */
final class CountPerFilter<F> {

    private F counted;
    private int count;

    int count(F filter, IntSupplier counter) {
        if (counted == null || !counted.equals(filter)) {
            count = counter.getAsInt();
            counted = filter;
        }
        return count;
    }
}
