package org.pledgetrack.ui.api;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.report.ReportFile;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Generated report files, read-only: overseers and admins see all, others their own. */
@RestController
@RequestMapping("/api/v1/reports")
@SecurityRequirement(name = "apiToken")
class ReportApiController {

    private static final int NEWEST = 1000;

    private final ReportService reports;

    ReportApiController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "Report files the token's owner may see, newest first, a page at a time")
    PageResponse<ReportFileResponse> files(@AuthenticationPrincipal CurrentUser user,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "100") int size) {
        return PageResponse.of(reports.files(user, NEWEST).stream().map(ReportFileResponse::of).toList(), page, size);
    }

    @GetMapping("/{fileId}/file")
    @Operation(summary = "The content of a ready report file (CSV, XLSX or PDF)")
    @ApiResponse(responseCode = "200", description = "The file; X-Content-SHA256 has the SHA-256 of its bytes",
            content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "400", description = "The id is not a number, or the file is not ready (still "
            + "generating, failed or expired)")
    ResponseEntity<InputStreamResource> file(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
        ReportFile file = reports.file(user, fileId);
        if (!file.ready()) {
            throw new IllegalArgumentException("Report file " + fileId + " is " + file.status().name().toLowerCase()
                    + ", not ready to download.");
        }
        InputStream content = reports.open(user, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.format().contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("X-Content-SHA256", file.sha256())
                .body(new InputStreamResource(content));
    }

    /** A file's metadata as the API shows it (no storage key). */
    record ReportFileResponse(long id, String type, String format, LocalDate asOf, String filters, String status,
                              @Nullable Integer rowCount, @Nullable Long sizeBytes, @Nullable String sha256,
                              @Nullable String requestedBy, Instant createdAt, Instant expiresAt) {

        static ReportFileResponse of(ReportFile file) {
            return new ReportFileResponse(file.id(), file.type().name(), file.format().name(), file.asOf(),
                    file.filtersText(), file.status().name(), file.rowCount(), file.sizeBytes(), file.sha256(),
                    file.requestedBy(), file.createdAt(), file.expiresAt());
        }
    }
}
