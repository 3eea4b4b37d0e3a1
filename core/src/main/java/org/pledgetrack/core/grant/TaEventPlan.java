package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A TA event as TA staff plan or record it: what, when, how, by which provider, whether it was
 * held, and the sites it served with each site's attendance.
 */
public record TaEventPlan(@Nullable Long providerOrgId, @Nullable String title, @Nullable TaEventKind kind,
                          @Nullable TaEventFormat format, @Nullable LocalDate heldOn, @Nullable BigDecimal hours,
                          boolean held, List<Site> sites) {

    public TaEventPlan {
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /** A site served: a grant or, for an agency without a grant, the agency; with how many attended from it. */
    public record Site(@Nullable Long grantId, @Nullable Long organizationId, @Nullable Integer attendees) {

        public static Site grant(long grantId, @Nullable Integer attendees) {
            return new Site(grantId, null, attendees);
        }

        public static Site agency(long organizationId, @Nullable Integer attendees) {
            return new Site(null, organizationId, attendees);
        }
    }
}
