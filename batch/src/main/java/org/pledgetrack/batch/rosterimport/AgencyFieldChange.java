package org.pledgetrack.batch.rosterimport;

/**
 * One field of an existing agency that a checked roster would change, old → new ({@code null} when
 * empty), with the line of the roster that changes it.
 */
public record AgencyFieldChange(long line, String ori, String agencyName, String field, String oldValue,
                                String newValue) {
}
