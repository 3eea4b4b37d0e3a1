package org.pledgetrack.batch.rosterimport;

import org.pledgetrack.core.agency.AgencyType;

/**
 * A checked roster row as it goes into the database: the state as its postal code, the type with
 * the FBI's name for it when the file used one, and {@code null} for every empty optional cell.
 */
record RosterAgency(String ori, String name, String state, String city, String county, AgencyType type,
                    String fbiAgencyType, Integer swornOfficers, Integer populationServed, String username,
                    String userDisplayName, String userEmail) {
}
