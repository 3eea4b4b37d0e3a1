package org.pledgetrack.batch.deliverablestatus;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

/** Pages through every grant and every TA provider, grants first, each in id order. */
final class ScopeReader {

    private static final String SCOPES = """
            (SELECT 'GRANT' AS scope_type, id AS scope_id FROM bcji_grant
             UNION ALL
             SELECT 'PROVIDER', id FROM organization WHERE kind = 'TA_PROVIDER') AS scope""";

    private ScopeReader() {
    }

    static JdbcPagingItemReader<DeliverableScope> create(DataSource dataSource, int pageSize) throws Exception {
        Map<String, Order> sortKeys = new LinkedHashMap<>();
        sortKeys.put("scope_type", Order.ASCENDING);
        sortKeys.put("scope_id", Order.ASCENDING);
        return new JdbcPagingItemReaderBuilder<DeliverableScope>()
                .name("scopeReader")
                .dataSource(dataSource)
                .selectClause("scope_type, scope_id")
                .fromClause(SCOPES)
                .sortKeys(sortKeys)
                .pageSize(pageSize)
                .rowMapper((rs, n) -> new DeliverableScope(rs.getString("scope_type"), rs.getLong("scope_id")))
                .build();
    }

    static long count(JdbcTemplate jdbc) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + SCOPES, Long.class);
        return count == null ? 0 : count;
    }
}
