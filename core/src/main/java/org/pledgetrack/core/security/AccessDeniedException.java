package org.pledgetrack.core.security;

/**
 * Thrown when a user asks for data or an action outside their rights. The message is safe to
 * show: it never names the data that was refused.
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
