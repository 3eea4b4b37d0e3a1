package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.util.List;

/** One grant with its phases, partners, TA providers and assigned TA staff. */
public record GrantDetail(GrantSummary summary, String program, String overseerName, List<PhaseDates> phases,
                          List<Partner> partners, List<Organization> providers, List<String> taStaff) {

    public record PhaseDates(GrantPhase phase, LocalDate startOn, LocalDate endOn) {
    }

    public record Partner(long organizationId, String name, String role) {
    }

    /** An organization by id and name, e.g. a TA provider to choose from. */
    public record Organization(long id, String name) {
    }
}
