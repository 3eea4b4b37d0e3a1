package org.pledgetrack.batch.drill;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many agencies at once for the drills, each with an active pledge signed on a different day,
 * named {@code <prefix><n>} so that a drill finds and removes exactly its own.
 */
public final class DrillAgencies {

    private DrillAgencies() {
    }

    public static void addWithPledges(JdbcTemplate jdbc, String prefix, int count) {
        jdbc.execute("SET SESSION max_recursive_iterations = 100000");
        jdbc.update("""
                INSERT INTO organization (kind, name, state, created_at, updated_at)
                WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
                SELECT 'AGENCY', CONCAT(?, n), ELT(1 + n % 3, 'KS', 'OH', 'VT'), NOW(6), NOW(6) FROM seq""",
                count, prefix);
        jdbc.update("""
                INSERT INTO pledge (agency_id, catalog_version_id, signed_on, target_on, status, created_at, updated_at)
                SELECT o.id, (SELECT MAX(id) FROM catalog_version), DATE_SUB('2028-01-01', INTERVAL (o.id % 1100) DAY),
                       DATE_ADD(DATE_SUB('2028-01-01', INTERVAL (o.id % 1100) DAY), INTERVAL 36 MONTH), 'ACTIVE',
                       NOW(6), NOW(6)
                FROM organization o WHERE o.name LIKE ?""", prefix + "%");
    }

    /** Removes the agencies with their pledges, items and snapshot rows. */
    public static void remove(JdbcTemplate jdbc, String prefix) {
        jdbc.update("DELETE p FROM pledge p JOIN organization o ON o.id = p.agency_id WHERE o.name LIKE ?", prefix + "%");
        jdbc.update("DELETE FROM organization WHERE name LIKE ?", prefix + "%");
    }
}
