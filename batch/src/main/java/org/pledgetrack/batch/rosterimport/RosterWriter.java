package org.pledgetrack.batch.rosterimport;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Repository;

/**
 * Writes planned roster rows: a multi-row insert of new agencies, then of their users; a batch of
 * updates of the changed agencies. Users are created disabled with {@code passwordHash}, the hash of
 * a secret nobody knows: an admin gives them a password and enables them.
 */
@Repository
class RosterWriter {

    private final DSLContext dsl;

    RosterWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Inserts the agencies and the users of the rows that add one. Users are created disabled with
     * {@code passwordHash}, the hash of a secret nobody knows: an admin gives them a password by inviting them,
     * which also enables them; {@code importId} lets the admin invite an import's people in one step.
     *
     * @return the number of users created
     */
    int insert(long importId, List<RowPlan.NewAgency> rows, String passwordHash, Instant now) {
        var agencies = dsl.insertInto(ORGANIZATION, ORGANIZATION.KIND, ORGANIZATION.NAME, ORGANIZATION.ORI,
                ORGANIZATION.STATE, ORGANIZATION.CITY, ORGANIZATION.COUNTY, ORGANIZATION.AGENCY_TYPE,
                ORGANIZATION.FBI_AGENCY_TYPE, ORGANIZATION.SWORN_OFFICERS, ORGANIZATION.POPULATION_SERVED,
                ORGANIZATION.CREATED_AT, ORGANIZATION.UPDATED_AT);
        for (RowPlan.NewAgency row : rows) {
            RosterAgency a = row.agency();
            agencies = agencies.values(OrganizationKind.AGENCY.name(), a.name(), a.ori(), a.state(), a.city(),
                    a.county(), a.type().name(), a.fbiAgencyType(), a.swornOfficers(), a.populationServed(), now, now);
        }
        agencies.execute();
        List<RosterAgency> withUsers = rows.stream().filter(RowPlan.NewAgency::createsUser)
                .map(RowPlan.NewAgency::agency).toList();
        return insertUsers(importId, withUsers, passwordHash, now);
    }

    /** Sets the fields the rows change; an empty cell leaves its field as it is. */
    void update(List<RowPlan.ExistingAgencyRow> rows, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        List<Query> updates = rows.stream().<Query>map(row -> {
            RosterAgency a = row.agency();
            ExistingAgency old = row.existing();
            return dsl.update(ORGANIZATION)
                    .set(ORGANIZATION.NAME, a.name())
                    .set(ORGANIZATION.AGENCY_TYPE, a.type().name())
                    .set(ORGANIZATION.FBI_AGENCY_TYPE, orKept(a.fbiAgencyType(), old.fbiAgencyType()))
                    .set(ORGANIZATION.SWORN_OFFICERS, orKept(a.swornOfficers(), old.swornOfficers()))
                    .set(ORGANIZATION.POPULATION_SERVED, orKept(a.populationServed(), old.populationServed()))
                    .set(ORGANIZATION.COUNTY, orKept(a.county(), old.county()))
                    .set(ORGANIZATION.CITY, orKept(a.city(), old.city()))
                    .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
                    .set(ORGANIZATION.UPDATED_AT, now)
                    .where(ORGANIZATION.ID.eq(old.id()));
        }).toList();
        dsl.batch(updates).execute();
    }

    /** Adds the users that rows of existing agencies name and that are not there yet; returns how many. */
    int insertUsersOfExisting(long importId, List<RowPlan.ExistingAgencyRow> rows, String passwordHash, Instant now) {
        return insertUsers(importId, rows.stream().filter(RowPlan.ExistingAgencyRow::createsUser)
                .map(RowPlan.ExistingAgencyRow::agency).toList(), passwordHash, now);
    }

    private int insertUsers(long importId, List<RosterAgency> agencies, String passwordHash, Instant now) {
        if (agencies.isEmpty()) {
            return 0;
        }
        Map<String, Long> agencyIds = dsl.select(ORGANIZATION.ORI, ORGANIZATION.ID).from(ORGANIZATION)
                .where(ORGANIZATION.ORI.in(agencies.stream().map(RosterAgency::ori).toList()))
                .fetchMap(ORGANIZATION.ORI, ORGANIZATION.ID);
        var users = dsl.insertInto(APP_USER, APP_USER.USERNAME, APP_USER.PASSWORD_HASH, APP_USER.DISPLAY_NAME,
                APP_USER.EMAIL, APP_USER.ROLE, APP_USER.ORGANIZATION_ID, APP_USER.ENABLED, APP_USER.ROSTER_IMPORT_ID,
                APP_USER.CREATED_AT, APP_USER.UPDATED_AT);
        for (RosterAgency a : agencies) {
            users = users.values(a.username(), passwordHash, a.userDisplayName(), a.userEmail(), Role.AGENCY.name(),
                    agencyIds.get(a.ori()), false, importId, now, now);
        }
        return users.execute();
    }

    private static <T> T orKept(T value, T kept) {
        return value != null ? value : kept;
    }
}
