package org.pledgetrack.core.agency;

import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.pledgetrack.db.tables.records.OrganizationRecord;
import org.springframework.stereotype.Repository;

@Repository
public class OrganizationRepository {

    private final DSLContext dsl;

    OrganizationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long insert(NewOrganization org, Instant now) {
        return dsl.insertInto(ORGANIZATION)
                .set(ORGANIZATION.KIND, org.kind().name())
                .set(ORGANIZATION.NAME, org.name())
                .set(ORGANIZATION.ORI, org.ori())
                .set(ORGANIZATION.STATE, org.state())
                .set(ORGANIZATION.CITY, org.city())
                .set(ORGANIZATION.AGENCY_TYPE, org.agencyType() == null ? null : org.agencyType().name())
                .set(ORGANIZATION.SWORN_OFFICERS, org.swornOfficers())
                .set(ORGANIZATION.POPULATION_SERVED, org.populationServed())
                .set(ORGANIZATION.CREATED_AT, now)
                .set(ORGANIZATION.UPDATED_AT, now)
                .returning(ORGANIZATION.ID)
                .fetchOne(ORGANIZATION.ID);
    }

    public Optional<Agency> findAgency(long id) {
        return dsl.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.ID.eq(id).and(isAgency()))
                .fetchOptional(OrganizationRepository::toAgency);
    }

    public List<Agency> findAgencies(Collection<Long> ids) {
        return dsl.selectFrom(ORGANIZATION)
                .where(ORGANIZATION.ID.in(ids).and(isAgency()))
                .orderBy(ORGANIZATION.NAME)
                .fetch(OrganizationRepository::toAgency);
    }

    public List<Agency> findAllAgencies() {
        return dsl.selectFrom(ORGANIZATION).where(isAgency()).orderBy(ORGANIZATION.NAME)
                .fetch(OrganizationRepository::toAgency);
    }

    /** Every organization, by name, for the admin's Organizations page and the account form. */
    public List<Organization> findAll() {
        return dsl.selectFrom(ORGANIZATION).orderBy(ORGANIZATION.NAME, ORGANIZATION.ID)
                .fetch(OrganizationRepository::toOrganization);
    }

    public Optional<Organization> findById(long id) {
        return dsl.selectFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(id))
                .fetchOptional(OrganizationRepository::toOrganization);
    }

    /** Updates name, place and website when the row still has {@code version}; returns whether it did. */
    boolean update(long id, int version, OrganizationDetails details, Instant now) {
        return dsl.update(ORGANIZATION)
                .set(ORGANIZATION.NAME, details.name())
                .set(ORGANIZATION.STATE, details.state())
                .set(ORGANIZATION.CITY, details.city())
                .set(ORGANIZATION.WEBSITE, details.website())
                .set(ORGANIZATION.UPDATED_AT, now)
                .set(ORGANIZATION.VERSION, ORGANIZATION.VERSION.plus(1))
                .where(ORGANIZATION.ID.eq(id)).and(ORGANIZATION.VERSION.eq(version))
                .execute() == 1;
    }

    long insert(OrganizationKind kind, OrganizationDetails details, Instant now) {
        return dsl.insertInto(ORGANIZATION)
                .set(ORGANIZATION.KIND, kind.name())
                .set(ORGANIZATION.NAME, details.name())
                .set(ORGANIZATION.STATE, details.state())
                .set(ORGANIZATION.CITY, details.city())
                .set(ORGANIZATION.WEBSITE, details.website())
                .set(ORGANIZATION.CREATED_AT, now)
                .set(ORGANIZATION.UPDATED_AT, now)
                .returning(ORGANIZATION.ID)
                .fetchOne(ORGANIZATION.ID);
    }

    public int countByKind(OrganizationKind kind) {
        return dsl.fetchCount(ORGANIZATION, ORGANIZATION.KIND.eq(kind.name()));
    }

    private static Condition isAgency() {
        return ORGANIZATION.KIND.eq(OrganizationKind.AGENCY.name());
    }

    private static Organization toOrganization(OrganizationRecord r) {
        return new Organization(r.getId(), OrganizationKind.valueOf(r.getKind()), r.getName(), r.getState(),
                r.getCity(), r.getWebsite(), r.getVersion());
    }

    static Agency toAgency(OrganizationRecord r) {
        return new Agency(r.getId(), r.getName(), r.getOri(), r.getState(), r.getCity(),
                r.getAgencyType() == null ? null : AgencyType.valueOf(r.getAgencyType()),
                r.getSwornOfficers(), r.getPopulationServed());
    }
}
