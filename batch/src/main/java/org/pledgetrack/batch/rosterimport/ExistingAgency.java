package org.pledgetrack.batch.rosterimport;

import org.pledgetrack.core.agency.AgencyType;

/** An agency already in the database, with the fields a roster row may change. */
record ExistingAgency(long id, String ori, String name, AgencyType type, String fbiAgencyType,
                      Integer swornOfficers, Integer populationServed, String county, String city) {
}
