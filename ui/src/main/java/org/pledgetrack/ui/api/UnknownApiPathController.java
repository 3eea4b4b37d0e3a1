package org.pledgetrack.ui.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers every {@code /api/} address that no endpoint serves with a 404 problem detail. Without
 * it the request would fall through to Vaadin, which answers any path with its HTML page and 200,
 * so a script calling a mistyped address would parse HTML. Specific mappings always win over
 * this pattern. Hidden from the OpenAPI document: it is no endpoint, only the answer where none is.
 */
@Hidden
@RestController
class UnknownApiPathController {

    @RequestMapping("/api/**")
    ResponseEntity<ProblemDetail> unknown() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "There is no API endpoint at this address. The endpoints are listed at /v3/api-docs."));
    }
}
