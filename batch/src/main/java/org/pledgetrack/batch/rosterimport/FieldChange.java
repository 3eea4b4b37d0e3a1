package org.pledgetrack.batch.rosterimport;

/** One field of an existing agency that a roster row changes, as the admin is shown it. */
record FieldChange(String field, String oldValue, String newValue) {
}
