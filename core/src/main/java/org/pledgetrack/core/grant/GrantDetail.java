package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One grant with its phases, partners, TA providers and assigned TA staff; {@code version} is the
 * grant's own, for changing its award dates without overwriting someone else's change.
 */
public record GrantDetail(GrantSummary summary, String program, String overseerName, List<PhaseDates> phases,
                          List<Partner> partners, List<Organization> providers, List<String> taStaff, int version) {

    public record PhaseDates(GrantPhase phase, LocalDate startOn, LocalDate endOn) {
    }

    /** A partner organization in one role; {@code role} is how the role reads (the label, or an "other" partner's description). */
    public record Partner(long organizationId, String name, PartnerRole kind, String role,
                          @Nullable String contactName, @Nullable String contactEmail) {
    }

    /** An organization by id and name, e.g. a TA provider to choose from. */
    public record Organization(long id, String name) {
    }
}
