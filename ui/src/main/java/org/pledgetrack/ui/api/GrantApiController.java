package org.pledgetrack.ui.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.pledgetrack.core.grant.Deliverable;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** BCJI grants, their TA deliverables and progress-report calendars, read-only, limited like the UI. */
@RestController
@RequestMapping("/api/v1/grants")
@SecurityRequirement(name = "apiToken")
class GrantApiController {

    private final GrantService grants;
    private final DeliverableService deliverables;

    GrantApiController(GrantService grants, DeliverableService deliverables) {
        this.grants = grants;
        this.deliverables = deliverables;
    }

    @GetMapping
    @Operation(summary = "Grants the token's owner may see, with their TA deliverable counts and whether their "
            + "funds are at risk (a progress report 15 or more days past its due date)")
    PageResponse<GrantSummary> grants(@AuthenticationPrincipal CurrentUser user,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(grants.visibleGrants(user), page, size);
    }

    @GetMapping("/{grantId}/deliverables")
    @Operation(summary = "The grant's TA deliverables with status, delivery record and derived overdue flag")
    List<Deliverable> deliverables(@AuthenticationPrincipal CurrentUser user, @PathVariable long grantId) {
        return deliverables.deliverablesOf(user, grantId);
    }

    @GetMapping("/{grantId}/reports")
    @Operation(summary = "The grant's progress-report calendar: period, due date, deadline status (FUNDS_AT_RISK "
            + "from the 15th day after a missed due date) and review state")
    List<GranteeReport> reports(@AuthenticationPrincipal CurrentUser user, @PathVariable long grantId) {
        return grants.reportSchedule(user, grantId);
    }
}
