package org.pledgetrack.core.apitoken;

/** A token just created: the only time its secret exists outside the caller's hands. */
public record IssuedApiToken(ApiToken token, String secret) {
}
