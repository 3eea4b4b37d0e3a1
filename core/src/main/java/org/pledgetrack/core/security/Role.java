package org.pledgetrack.core.security;

/** What a signed-in person may do; each account has exactly one role. */
public enum Role {
    /** Reports progress for the one agency the account belongs to. */
    AGENCY,
    /** Reviews and verifies pledges of assigned agencies; plans and records TA deliverables. */
    TA_STAFF,
    /** Reads everything and exports reports. */
    OVERSEER,
    /** Manages accounts, organizations and the catalog. */
    ADMIN;

    /** The authority Spring Security checks for {@code @RolesAllowed(name())}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
