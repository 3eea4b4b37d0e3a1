package org.pledgetrack.core.agency;

/** An organization to create; agency fields stay null for other kinds. */
public record NewOrganization(OrganizationKind kind, String name, String ori, String state, String city,
                              AgencyType agencyType, Integer swornOfficers, Integer populationServed) {

    public static NewOrganization agency(String name, String ori, String state, String city, AgencyType type,
                                         int swornOfficers, int populationServed) {
        return new NewOrganization(OrganizationKind.AGENCY, name, ori, state, city, type, swornOfficers,
                populationServed);
    }

    public static NewOrganization other(OrganizationKind kind, String name, String state, String city) {
        return new NewOrganization(kind, name, null, state, city, null, null, null);
    }
}
