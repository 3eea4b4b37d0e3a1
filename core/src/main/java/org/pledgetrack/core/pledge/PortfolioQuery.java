package org.pledgetrack.core.pledge;

import org.jspecify.annotations.Nullable;

/**
 * A page of the agency list: filters, sort and window.
 *
 * @param search   part of the agency's name or ORI; blank for all
 * @param state    two-letter state code; blank for all
 * @param schedule only agencies whose current pledge has this schedule status ({@link ScheduleRule}); null for all
 */
public record PortfolioQuery(@Nullable String search, @Nullable String state, Sort sort, boolean ascending, int offset,
                             int limit, @Nullable ScheduleStatus schedule) {

    public enum Sort { AGENCY, STATE, PLEDGE_AGE, VERIFIED, WAITING, LAST_ACTIVITY }

    /** Without a schedule-status filter. */
    public PortfolioQuery(@Nullable String search, @Nullable String state, Sort sort, boolean ascending, int offset,
                          int limit) {
        this(search, state, sort, ascending, offset, limit, null);
    }

    public static PortfolioQuery all() {
        return new PortfolioQuery(null, null, Sort.AGENCY, true, 0, Integer.MAX_VALUE);
    }

    /** The same filters and order over every row: no window. */
    PortfolioQuery unpaged() {
        return new PortfolioQuery(search, state, sort, ascending, 0, Integer.MAX_VALUE, schedule);
    }
}
