package org.pledgetrack.tools.dataset;

import java.time.LocalDate;

import org.pledgetrack.core.agency.AgencyType;

/** One generated agency and the pledge it signed. */
record SyntheticAgency(String ori, String name, String state, String city, AgencyType type, int swornOfficers,
                       int populationServed, LocalDate signedOn, boolean withdrawn, double progress) {
}
