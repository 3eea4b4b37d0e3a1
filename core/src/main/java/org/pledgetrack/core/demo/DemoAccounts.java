package org.pledgetrack.core.demo;

/** The demo accounts, one per role; documented in README. Invented names, never real people. */
public final class DemoAccounts {

    public static final String PASSWORD = "Demo-Pledge-2026";

    public static final String WICHITA_AGENCY = "wichita.agency";
    public static final String DAYTON_AGENCY = "dayton.agency";
    public static final String TA_STAFF = "ta.staff";
    public static final String OVERSEER = "overseer";
    public static final String ADMIN = "admin";

    private DemoAccounts() {
    }
}
