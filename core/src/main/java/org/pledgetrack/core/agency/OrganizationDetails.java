package org.pledgetrack.core.agency;

/** What an admin enters for a partner organization or a TA provider; state, city and website may be blank. */
public record OrganizationDetails(String name, String state, String city, String website) {
}
