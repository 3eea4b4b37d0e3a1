package org.pledgetrack.core.authorization;

/**
 * What a matrix case expects. DENY is the core's {@code AccessDeniedException}; ALLOW is a call
 * that got past the access checks: it returned, or a business rule refused it (a validation,
 * workflow or edit-conflict message), which a user without the right would never have reached.
 */
enum Outcome {
    ALLOW, DENY
}
