package org.pledgetrack.core.testsupport;

import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.security.CurrentUser;

/** Finds the demo's grants by award number, as the user sees them. */
public final class DemoGrants {

    private DemoGrants() {
    }

    /** Wichita's current grant (the FY2025 continuation, in implementation, with its TA deliverables). */
    public static GrantSummary wichitaCurrent(GrantService grants, CurrentUser user) {
        return byAward(grants, user, DemoGrantAwards.WICHITA_CONTINUATION);
    }

    public static GrantSummary byAward(GrantService grants, CurrentUser user, String awardNumber) {
        return grants.visibleGrants(user).stream().filter(g -> g.awardNumber().equals(awardNumber)).findFirst()
                .orElseThrow();
    }
}
