package org.pledgetrack.batch.rosterimport;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Repository;

/** Inserts validated roster rows: a multi-row insert of agencies, then of their users. */
@Repository
class RosterWriter {

    private final DSLContext dsl;

    RosterWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the agencies of the rows and the users of the rows that have one. Users are created
     * disabled with {@code passwordHash}, the hash of a secret nobody knows: an admin gives them a
     * password by inviting them, which also enables them; {@code importId} lets the admin invite an import's people
     * in one step.
     *
     * @return the number of users created
     */
    int insert(long importId, List<RosterRow> rows, String passwordHash, Instant now) {
        var agencies = dsl.insertInto(ORGANIZATION, ORGANIZATION.KIND, ORGANIZATION.NAME, ORGANIZATION.ORI,
                ORGANIZATION.STATE, ORGANIZATION.CITY, ORGANIZATION.AGENCY_TYPE, ORGANIZATION.SWORN_OFFICERS,
                ORGANIZATION.POPULATION_SERVED, ORGANIZATION.CREATED_AT, ORGANIZATION.UPDATED_AT);
        for (RosterRow row : rows) {
            agencies = agencies.values(OrganizationKind.AGENCY.name(), row.get(RosterColumn.AGENCY_NAME),
                    row.get(RosterColumn.ORI), row.get(RosterColumn.STATE), row.get(RosterColumn.CITY),
                    row.get(RosterColumn.AGENCY_TYPE), row.number(RosterColumn.SWORN_OFFICERS),
                    row.number(RosterColumn.POPULATION_SERVED), now, now);
        }
        agencies.execute();
        List<RosterRow> withUsers = rows.stream().filter(RosterRow::createsUser).toList();
        if (withUsers.isEmpty()) {
            return 0;
        }
        Map<String, Long> agencyIds = dsl.select(ORGANIZATION.ORI, ORGANIZATION.ID).from(ORGANIZATION)
                .where(ORGANIZATION.ORI.in(withUsers.stream().map(row -> row.get(RosterColumn.ORI)).toList()))
                .fetchMap(ORGANIZATION.ORI, ORGANIZATION.ID);
        var users = dsl.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.DISPLAY_NAME,
                APP_USER.EMAIL, APP_USER.ROLE, APP_USER.ORGANIZATION_ID, APP_USER.ENABLED, APP_USER.ROSTER_IMPORT_ID,
                APP_USER.CREATED_AT, APP_USER.UPDATED_AT);
        for (RosterRow row : withUsers) {
            users = users.values(row.get(RosterColumn.USER_USERNAME), passwordHash,
                    row.get(RosterColumn.USER_DISPLAY_NAME), row.get(RosterColumn.USER_EMAIL), Role.AGENCY.name(),
                    agencyIds.get(row.get(RosterColumn.ORI)), false, importId, now, now);
        }
        return users.execute();
    }
}
