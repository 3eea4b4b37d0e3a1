package org.pledgetrack.ui.api;

import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Agencies and their pledges, read-only, with the same access rules as the UI. */
@RestController
@RequestMapping("/api/v1/agencies")
@SecurityRequirement(name = "apiToken")
class AgencyApiController {

    private final PledgeService pledges;

    AgencyApiController(PledgeService pledges) {
        this.pledges = pledges;
    }

    @GetMapping
    @Operation(summary = "Agencies the token's owner may see, with pledge progress, a page at a time")
    PageResponse<AgencyProgress> agencies(@AuthenticationPrincipal CurrentUser user,
                                          @Parameter(description = StateParameter.DESCRIPTION) @RequestParam(required = false) String state,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "100") int size) {
        // paged, filtered and counted in the database: an overseer's list has 18,000 agencies
        var query = new PortfolioQuery(null, StateParameter.code(state), PortfolioQuery.Sort.AGENCY, true,
                PageResponse.offset(page, size), size);
        return new PageResponse<>(pledges.agencyProgress(user, query), page, size, pledges.countAgencies(user, query));
    }

    @GetMapping("/{agencyId}/pledge")
    @Operation(summary = "The agency's current pledge with progress per focus area")
    PledgeOverview pledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long agencyId) {
        return pledges.overview(user, agencyId)
                .orElseThrow(() -> new NoSuchElementException("This agency has no pledge."));
    }
}
