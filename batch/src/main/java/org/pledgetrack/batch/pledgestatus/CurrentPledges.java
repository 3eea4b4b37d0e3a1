package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which pledge an agency's snapshot for an as-of date is about: the agency's latest pledge signed
 * on or before that date. Agencies without one, and those whose latest pledge is withdrawn, have
 * no snapshot rows. One definition for the reader, the progress total and the outdated-row check.
 */
final class CurrentPledges {

    /** The current pledge's id for agency {@code o}; one parameter: the as-of date. */
    static final String CURRENT_PLEDGE_ID = """
            (SELECT MAX(latest.id) FROM pledge latest WHERE latest.agency_id = o.id AND latest.signed_on <= ?)""";

    /** Agency {@code o} and its current pledge {@code p}; one parameter: the as-of date. */
    static final String AGENCIES_WITH_CURRENT_PLEDGE = """
            organization o JOIN pledge p ON p.id = %s
            WHERE o.kind = 'AGENCY' AND p.status <> 'WITHDRAWN'""".formatted(CURRENT_PLEDGE_ID);

    /**
     * Agency {@code o}'s row {@code s} for the as-of date is up to date with its current pledge
     * {@code p}: computed from the same pledge, pledge status, progress revision (core bumps it with
     * every item or pledge change) and state. One parameter: the as-of date.
     */
    static final String UP_TO_DATE_ROW = """
            s.as_of = ? AND s.agency_id = o.id AND s.pledge_id = p.id AND s.pledge_status = p.status
            AND s.progress_revision = p.progress_revision AND s.state <=> o.state""";

    private CurrentPledges() {
    }

    /** How many agencies have snapshot rows for the as-of date: the progress bar's total. */
    static long count(JdbcTemplate jdbc, LocalDate asOf) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + AGENCIES_WITH_CURRENT_PLEDGE, Long.class, asOf);
        return count == null ? 0 : count;
    }
}
