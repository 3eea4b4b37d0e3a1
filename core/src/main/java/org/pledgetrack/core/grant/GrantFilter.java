package org.pledgetrack.core.grant;

/** Narrows the grant list; a null or false part does not filter. */
public record GrantFilter(String state, GrantPhase phase, Long providerOrgId, boolean overdueOnly,
                          boolean fundsAtRiskOnly) {

    public static GrantFilter none() {
        return new GrantFilter(null, null, null, false, false);
    }
}
