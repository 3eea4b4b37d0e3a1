package org.pledgetrack.core.sso;

import org.jspecify.annotations.Nullable;
import org.pledgetrack.core.security.CurrentUser;

/**
 * What a sign-in through the organization's identity provider came to: an account and the session generation the
 * session belongs to (see {@code AccountSessions}), or why none.
 */
public record SingleSignOnOutcome(Result result, @Nullable CurrentUser user, long sessionGeneration) {

    public enum Result {
        /** Exactly one enabled account has the e-mail address. */
        SIGNED_IN,
        /** The identity provider did not say the e-mail address is verified. */
        EMAIL_NOT_VERIFIED,
        /** No account has the e-mail address. */
        NO_ACCOUNT,
        /** The only accounts with the e-mail address are disabled. */
        DISABLED,
        /** Several enabled accounts share the e-mail address, so none is chosen. */
        AMBIGUOUS
    }

    static SingleSignOnOutcome signedIn(CurrentUser user, long sessionGeneration) {
        return new SingleSignOnOutcome(Result.SIGNED_IN, user, sessionGeneration);
    }

    static SingleSignOnOutcome refused(Result result) {
        return new SingleSignOnOutcome(result, null, 0);
    }
}
