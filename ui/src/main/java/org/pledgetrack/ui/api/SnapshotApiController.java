package org.pledgetrack.ui.api;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The pledge status snapshot per agency for an as-of date, as the status jobs computed it. */
@RestController
@RequestMapping("/api/v1/snapshots")
@SecurityRequirement(name = "apiToken")
class SnapshotApiController {

    private final SnapshotService snapshots;

    SnapshotApiController(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agency status rows of one as-of date (default: the latest run), a page at a time")
    PageResponse<AgencyStatusRow> agencies(@AuthenticationPrincipal CurrentUser user,
                                           @Parameter(description = "as-of date, YYYY-MM-DD")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                           @Parameter(description = "two-letter state code") @RequestParam(required = false) String state,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size) {
        LocalDate date = asOf != null ? asOf : snapshots.latestAsOf()
                .orElseThrow(() -> new NoSuchElementException("No status snapshot has been computed yet."));
        int offset = PageResponse.offset(page, size);
        return new PageResponse<>(snapshots.agencyRows(user, date, state, offset, size), page, size,
                snapshots.countAgencyRows(user, date, state));
    }
}
