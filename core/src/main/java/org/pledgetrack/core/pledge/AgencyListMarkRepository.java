package org.pledgetrack.core.pledge;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The change mark of everything the live agency list is computed from. Each part only grows: the
 * newest ids of item status changes, item target changes, pledge status changes, pledges and
 * organizations (the services write a history row with every change of an item or pledge, and
 * organizations are only ever added), the TA assignment revision (V75's triggers count every
 * assignment change) and the latest agency activity (V60's triggers keep it per pledge; comments and
 * evidence move it without a history row). Each is one index read (V130 indexes the activity), so the
 * mark costs one short query. Plain JDBC: it is read on every request of the list's API.
 */
@Repository
class AgencyListMarkRepository {

    private static final String MARK = """
            SELECT CONCAT_WS('|', (SELECT MAX(id) FROM pledge_item_status_change),
                   (SELECT MAX(id) FROM pledge_item_target_change), (SELECT MAX(id) FROM pledge_status_change),
                   (SELECT MAX(id) FROM pledge), (SELECT MAX(id) FROM organization),
                   (SELECT revision FROM ta_assignment_revision WHERE id = 1),
                   (SELECT MAX(last_agency_activity_at) FROM pledge_progress))""";

    private final JdbcTemplate jdbc;

    AgencyListMarkRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String findMark() {
        return jdbc.queryForObject(MARK, String.class);
    }
}
