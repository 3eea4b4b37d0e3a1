package org.pledgetrack.ui.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** BCJI grants, read-only, limited like the UI. */
@RestController
@RequestMapping("/api/v1/grants")
@SecurityRequirement(name = "apiToken")
class GrantApiController {

    private final GrantService grants;

    GrantApiController(GrantService grants) {
        this.grants = grants;
    }

    @GetMapping
    @Operation(summary = "Grants the token's owner may see, with their TA deliverable counts")
    PageResponse<GrantSummary> grants(@AuthenticationPrincipal CurrentUser user,
                                      @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(grants.visibleGrants(user), page, size);
    }
}
