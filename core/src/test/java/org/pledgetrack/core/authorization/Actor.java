package org.pledgetrack.core.authorization;

import org.pledgetrack.core.demo.DemoAccounts;

/**
 * The people the authorization matrix acts as. Anonymous visitors are not here: every core
 * service method takes a {@code CurrentUser}, so an anonymous request never reaches core; the
 * route matrix in {@code ui} proves that the routes refuse it.
 */
enum Actor {
    /** wichita.agency, whose agency owns the records the main matrix asks for. */
    AGENCY_A(DemoAccounts.WICHITA_AGENCY),
    /** dayton.agency: another agency asking for agency A's records. */
    AGENCY_B(DemoAccounts.DAYTON_AGENCY),
    /** ta.staff, assigned to both agencies and to the grants the fixtures create. */
    TA_ASSIGNED(DemoAccounts.TA_STAFF),
    /** A TA staff member of the same provider with no assignment, created for each case. */
    TA_UNASSIGNED(null),
    OVERSEER(DemoAccounts.OVERSEER),
    ADMIN(DemoAccounts.ADMIN);

    private final String demoUsername;

    Actor(String demoUsername) {
        this.demoUsername = demoUsername;
    }

    /** The demo account this actor signs in as; null for the one the fixtures create. */
    String demoUsername() {
        return demoUsername;
    }
}
