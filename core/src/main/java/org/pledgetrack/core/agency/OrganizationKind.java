package org.pledgetrack.core.agency;

/** The kinds of organization that take part. */
public enum OrganizationKind {
    /** A law-enforcement agency that can pledge. */
    AGENCY,
    /** Delivers training and technical assistance. */
    TA_PROVIDER,
    /** Oversees the campaign and the TA programme (e.g. IACP). */
    OVERSEER,
    /** Funds the grants (e.g. BJA). */
    FUNDER,
    /** A grantee or site partner: a city, its housing department, a research partner. */
    PARTNER
}
