package org.pledgetrack.core.agency;

/** An organization as the admin sees it in the list of organizations and the account form. */
public record Organization(long id, OrganizationKind kind, String name, String state, String city, String website,
                           int version) {
}
