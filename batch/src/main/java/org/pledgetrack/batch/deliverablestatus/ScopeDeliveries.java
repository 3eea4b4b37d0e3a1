package org.pledgetrack.batch.deliverablestatus;

import java.util.List;

/**
 * The deliveries a scope counts, one row each (due date, delivered date, hours, attendees, rating),
 * for every figure of its snapshot row. A grant counts its deliverables, a TA event's deliverable on
 * it among them: the event once per grant it served. A provider counts each TA event once, with
 * the attendance of all its sites, and its other deliverables as they are; counting the event's
 * deliverables instead would count it once per grant.
 */
final class ScopeDeliveries {

    private static final String OF_GRANT = """
            SELECT due_on, delivered_on, hours, attendees, rating FROM ta_deliverable
            WHERE status <> 'CANCELLED' AND grant_id = ?""";

    private static final String OF_PROVIDER = """
            SELECT due_on, delivered_on, hours, attendees, rating FROM ta_deliverable
            WHERE status <> 'CANCELLED' AND ta_event_id IS NULL AND provider_org_id = ?
            UNION ALL
            SELECT e.held_on, CASE WHEN e.status = 'HELD' THEN e.held_on END,
                   CASE WHEN e.status = 'HELD' THEN e.hours END,
                   CASE WHEN e.status = 'HELD' THEN (SELECT SUM(s.attendees) FROM ta_event_site s WHERE s.event_id = e.id) END,
                   NULL
            FROM ta_event e WHERE e.provider_org_id = ?""";

    private ScopeDeliveries() {
    }

    /** The scope's deliveries as a derived table named {@code delivery}. */
    static String table(DeliverableScope scope) {
        return "(" + (scope.isGrant() ? OF_GRANT : OF_PROVIDER) + ") AS delivery";
    }

    /** The parameters of {@link #table}: the scope's id, as often as the table names it. */
    static List<Object> parameters(DeliverableScope scope) {
        return scope.isGrant() ? List.of(scope.id()) : List.of(scope.id(), scope.id());
    }
}
