package org.pledgetrack.batch.pledgestatus;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.FOCUS_AREA;
import static org.pledgetrack.db.Tables.TA_AGENCY_ASSIGNMENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;

/**
 * Which roll-up rows a snapshot row counts in: the scopes of its agency (NATIONAL, its STATE, the
 * organizations of its TA staff as PROVIDER, once each, and the staff themselves as STAFF) and the
 * position of its focus area. The assignments are today's: they are not kept as history.
 */
final class RollupKeys {

    private final Map<Long, List<String[]>> assignedScopes = new HashMap<>();
    private final Map<Long, Integer> positions = new HashMap<>();

    RollupKeys(DSLContext dsl) {
        Map<Long, Set<String>> providers = new HashMap<>();
        dsl.select(TA_AGENCY_ASSIGNMENT.AGENCY_ID, TA_AGENCY_ASSIGNMENT.USER_ID, APP_USER.ORGANIZATION_ID)
                .from(TA_AGENCY_ASSIGNMENT).join(APP_USER).on(APP_USER.ID.eq(TA_AGENCY_ASSIGNMENT.USER_ID))
                .forEach(r -> {
                    long agency = r.value1();
                    assignedScopes.computeIfAbsent(agency, id -> new ArrayList<>())
                            .add(new String[] {"STAFF", r.value2().toString()});
                    providers.computeIfAbsent(agency, id -> new LinkedHashSet<>()).add(String.valueOf(r.value3()));
                });
        providers.forEach((agency, keys) -> keys.forEach(
                key -> assignedScopes.get(agency).add(new String[] {"PROVIDER", key})));
        dsl.select(FOCUS_AREA.ID, FOCUS_AREA.POSITION).from(FOCUS_AREA)
                .forEach(r -> positions.put(r.value1(), r.value2()));
    }

    /** Scope type and key of every roll-up the agency's rows count in; {@code state} as stored with its row. */
    List<String[]> scopes(long agencyId, String state) {
        List<String[]> keys = new ArrayList<>();
        keys.add(new String[] {"NATIONAL", "ALL"});
        keys.add(new String[] {"STATE", state == null ? "--" : state});
        keys.addAll(assignedScopes.getOrDefault(agencyId, List.of()));
        return keys;
    }

    int position(long focusAreaId) {
        return positions.get(focusAreaId);
    }
}
