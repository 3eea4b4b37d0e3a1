package org.pledgetrack.ui.api;

import java.util.NoSuchElementException;
import java.util.UUID;

import org.pledgetrack.core.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.DisconnectedClientHelper;

/** API errors as RFC 9457 problem details; never a stack trace, unexpected ones get a reference id. */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    static final String NO_SUCH_RECORD = "There is no such record, or you may not read it.";

    /**
     * Every endpoint is open to every role (lists show what the user may read), so core refuses only
     * a record the path names: answered exactly like an unknown id, so that ids cannot be probed.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail notFoundForThisUser(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, NO_SUCH_RECORD);
    }

    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    ProblemDetail notFound(NoSuchElementException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** A query parameter that does not parse, e.g. {@code asOf=yesterday}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                InvalidParameterException.detail(e.getName(), e.getValue()) + ".");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        // Spring's own web errors (unknown path, wrong method, ...) already carry their problem detail.
        if (e instanceof ErrorResponse known) {
            return known.getBody();
        }
        // The client went away while the answer was written (e.g. a load generator stopping): nobody
        // to answer, and no error of ours.
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("API client disconnected: {}", e.toString());
            return null;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("API error, reference {}", reference, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong. Reference: " + reference);
        problem.setProperty("reference", reference);
        return problem;
    }
}
