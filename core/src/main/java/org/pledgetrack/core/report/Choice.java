package org.pledgetrack.core.report;

/** Something a report can be filtered by (a provider, a grant, an agency): its id and its name. */
public record Choice(long id, String name) {
}
