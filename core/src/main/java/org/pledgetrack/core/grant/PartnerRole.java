package org.pledgetrack.core.grant;

/** The roles BJA names for a site's partners. */
public enum PartnerRole {
    FISCAL_AGENT("Fiscal agent"),
    LAW_ENFORCEMENT("Law enforcement partner"),
    RESEARCH_PARTNER("Research partner"),
    SITE_COORDINATOR("Site coordinator"),
    OTHER("Other");

    private final String label;

    PartnerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
