package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pages through the agencies that have a pledge to report on the as-of date, in agency id order
 * (the page boundary is the last agency id, which the step saves, so a restart resumes after it).
 * The pledge is the agency's latest one signed on or before the as-of date; agencies without one,
 * and those whose latest pledge is withdrawn, have no snapshot rows.
 */
final class AgencyProgressReader {

    private static final String CURRENT_PLEDGES = """
            (SELECT o.id AS agency_id, o.state, p.id AS pledge_id, p.status AS pledge_status, p.signed_on
             FROM organization o
             JOIN pledge p ON p.id = (SELECT MAX(latest.id) FROM pledge latest
                                      WHERE latest.agency_id = o.id AND latest.signed_on <= :asOf)
             WHERE o.kind = 'AGENCY' AND p.status <> 'WITHDRAWN') AS current_pledge""";

    private AgencyProgressReader() {
    }

    static JdbcPagingItemReader<CurrentPledge> create(DataSource dataSource, LocalDate asOf, int pageSize)
            throws Exception {
        return new JdbcPagingItemReaderBuilder<CurrentPledge>()
                .name("agencyProgressReader")
                .dataSource(dataSource)
                .selectClause("agency_id, state, pledge_id, pledge_status, signed_on")
                .fromClause(CURRENT_PLEDGES)
                .sortKeys(Map.of("agency_id", Order.ASCENDING))
                .parameterValues(Map.of("asOf", asOf))
                .pageSize(pageSize)
                .rowMapper((rs, n) -> new CurrentPledge(rs.getLong("agency_id"), rs.getString("state"),
                        rs.getLong("pledge_id"), rs.getString("pledge_status"),
                        rs.getObject("signed_on", LocalDate.class)))
                .build();
    }

    /** How many agencies the reader will return: the progress bar's total. */
    static long count(JdbcTemplate jdbc, LocalDate asOf) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + CURRENT_PLEDGES.replace(":asOf", "?"),
                Long.class, asOf);
        return count == null ? 0 : count;
    }
}
