package org.pledgetrack.ui.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.snapshot.AgencyStatusPage;
import org.pledgetrack.core.snapshot.AgencyStatusRow;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pledge status snapshot per agency for an as-of date, as the status jobs computed it. The rows
 * change only when a status job rewrites the date, so each answer carries an entity tag: a client
 * that sends it back in {@code If-None-Match} gets 304 Not Modified without the rows. The answer is
 * the token owner's own ({@code Cache-Control: private}), to be checked again before reuse
 * ({@code no-cache}).
 */
@RestController
@RequestMapping("/api/v1/snapshots")
@SecurityRequirement(name = "apiToken")
class SnapshotApiController {

    private static final CacheControl PRIVATE_REVALIDATED = CacheControl.noCache().cachePrivate();

    private final SnapshotService snapshots;
    private final RenderedPages rendered;

    SnapshotApiController(SnapshotService snapshots, RenderedPages rendered) {
        this.snapshots = snapshots;
        this.rendered = rendered;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agency status rows of one as-of date (default: the latest run), a page at a time",
            description = "Answers carry an ETag; send it in If-None-Match to get 304 Not Modified while the "
                    + "rows are unchanged.")
    @ApiResponse(responseCode = "200", description = "One page of rows")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match; no body",
            content = @Content)
    @ApiResponse(responseCode = "404", description = "No status snapshot has been computed yet")
    ResponseEntity<AgencyStatusPageResponse> agencies(@AuthenticationPrincipal CurrentUser user,
                                           @Parameter(description = "as-of date, YYYY-MM-DD")
                                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                           @Parameter(description = StateParameter.DESCRIPTION) @RequestParam(required = false) String state,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size) {
        int offset = PageResponse.offset(page, size);
        AgencyStatusPage rows = snapshots.agencyStatus(user, asOf, StateParameter.code(state), offset, size)
                .orElseThrow(() -> new NoSuchElementException("No status snapshot has been computed yet."));
        // Spring answers 304 with these headers (and no body) when If-None-Match has the tag
        return ResponseEntity.ok()
                .eTag(rows.version())
                .cacheControl(PRIVATE_REVALIDATED)
                .varyBy(HttpHeaders.AUTHORIZATION)
                .body(new AgencyStatusPageResponse(rendered.rows(rows), page, size, rows.total(), rows.asOf(),
                        rows.computedAt()));
    }

    /**
     * One page of a snapshot's agency rows, like {@link PageResponse}, with the as-of date the rows
     * are of and when that date's numbers were computed (null for a date without a run), so a reader
     * can tell how fresh they are.
     */
    record AgencyStatusPageResponse(List<AgencyStatusRow> items, int page, int size, long total, LocalDate asOf,
                                    @Nullable Instant computedAt) {
    }
}
