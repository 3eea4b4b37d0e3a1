package org.pledgetrack.core.pledge;

/**
 * A page of the agency list: filters, sort and window.
 *
 * @param search part of the agency's name or ORI; blank for all
 * @param state  two-letter state code; blank for all
 */
public record PortfolioQuery(String search, String state, Sort sort, boolean ascending, int offset, int limit) {

    public enum Sort { AGENCY, STATE, PLEDGE_AGE, VERIFIED, WAITING, LAST_ACTIVITY }

    public static PortfolioQuery all() {
        return new PortfolioQuery(null, null, Sort.AGENCY, true, 0, Integer.MAX_VALUE);
    }
}
