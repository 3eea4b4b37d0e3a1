package org.pledgetrack.ui.api;

import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.pledgetrack.core.pledge.AgencyListPage;
import org.pledgetrack.core.pledge.AgencyListPages;
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

/**
 * Agencies and their pledges, read-only, with the same access rules as the UI. The agency list is
 * live: the numbers the Agencies and Portfolio screens show at the same moment (see
 * {@link AgencyListPages} for how pages are kept in memory without ever being older than those).
 */
@RestController
@RequestMapping("/api/v1/agencies")
@SecurityRequirement(name = "apiToken")
class AgencyApiController {

    private final PledgeService pledges;
    private final AgencyListPages agencyPages;
    private final RenderedPages rendered;

    AgencyApiController(PledgeService pledges, AgencyListPages agencyPages, RenderedPages rendered) {
        this.pledges = pledges;
        this.agencyPages = agencyPages;
        this.rendered = rendered;
    }

    @GetMapping
    @Operation(summary = "Agencies the token's owner may see, with pledge progress, a page at a time",
            description = "Live: the same numbers as the Agencies and Portfolio screens at the moment of the "
                    + "request (today's expected share and schedule status by the one schedule rule). The status "
                    + "snapshot's numbers, as dashboards and reports show them, are /api/v1/snapshots/agencies.")
    PageResponse<AgencyProgress> agencies(@AuthenticationPrincipal CurrentUser user,
                                          @Parameter(description = StateParameter.DESCRIPTION) @RequestParam(required = false) String state,
                                          @RequestParam(defaultValue = "0") int page,
                                          @RequestParam(defaultValue = "100") int size) {
        var query = new PortfolioQuery(null, StateParameter.code(state), PortfolioQuery.Sort.AGENCY, true,
                PageResponse.offset(page, size), size);
        AgencyListPage list = agencyPages.page(user, query);
        return new PageResponse<>(rendered.rows(list), page, size, list.total());
    }

    @GetMapping("/{agencyId}/pledge")
    @Operation(summary = "The agency's current pledge with progress per focus area")
    PledgeOverview pledge(@AuthenticationPrincipal CurrentUser user, @PathVariable long agencyId) {
        return pledges.overview(user, agencyId)
                .orElseThrow(() -> new NoSuchElementException("This agency has no pledge."));
    }
}
