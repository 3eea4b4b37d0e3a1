package org.pledgetrack.ui.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only endpoint that fails the way a bug would, with SQL in the exception's message, so the
 * tests can prove that none of it reaches the caller. Lives in the test sources only, and is kept out
 * of the OpenAPI document, which describes the real API.
 */
@Hidden
@RestController
class FailingApiController {

    static final String SQL_IN_THE_MESSAGE = "insert into app_user (username) values (?); Data too long for column "
            + "'username'";

    @GetMapping("/api/test/failure")
    String fail() {
        throw new DataIntegrityViolationException(SQL_IN_THE_MESSAGE);
    }
}
