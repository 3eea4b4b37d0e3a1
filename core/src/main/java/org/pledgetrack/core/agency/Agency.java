package org.pledgetrack.core.agency;

/** A law-enforcement agency; {@code ori} is its 9-character FBI identifier. */
public record Agency(long id, String name, String ori, String state, String city, AgencyType type,
                     Integer swornOfficers, Integer populationServed) {
}
