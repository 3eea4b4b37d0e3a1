package org.pledgetrack.ui.sso;

import java.util.Arrays;
import java.util.Optional;

import org.pledgetrack.core.sso.SingleSignOnOutcome;

/**
 * Why a single sign-on was refused, as the short code the sign-in page is sent back with
 * ({@code /login?sso=<code>}) and the sentence it shows. The address carries no e-mail or name.
 */
enum SignInRefusal {
    NO_ACCOUNT("no-account", "Your organization signed you in, but no pledgetrack account has your e-mail address. "
            + "Ask an administrator to create one, or sign in with your username and password."),
    DISABLED("disabled", "Your organization signed you in, but the pledgetrack account with your e-mail address is "
            + "disabled. Ask an administrator to enable it."),
    AMBIGUOUS("ambiguous", "More than one pledgetrack account has your e-mail address, so single sign-on cannot tell "
            + "which one is yours. Sign in with your username and password, or ask an administrator."),
    EMAIL_NOT_VERIFIED("unverified", "Your organization did not confirm your e-mail address, so it cannot be used to "
            + "sign in. Sign in with your username and password, or ask your organization's IT staff."),
    FAILED("failed", "Single sign-on did not complete. Try again, or sign in with your username and password.");

    private final String code;
    private final String message;

    SignInRefusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    static SignInRefusal of(SingleSignOnOutcome.Result result) {
        return switch (result) {
            case NO_ACCOUNT -> NO_ACCOUNT;
            case DISABLED -> DISABLED;
            case AMBIGUOUS -> AMBIGUOUS;
            case EMAIL_NOT_VERIFIED -> EMAIL_NOT_VERIFIED;
            case SIGNED_IN -> throw new IllegalArgumentException("A sign-in is no refusal");
        };
    }

    /** The refusal with this code; any other code (a provider's own error) is a failed sign-in. */
    static SignInRefusal ofCode(String code) {
        return Arrays.stream(values()).filter(refusal -> refusal.code.equals(code)).findFirst().orElse(FAILED);
    }

    static Optional<SignInRefusal> fromQuery(java.util.List<String> values) {
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(ofCode(values.getFirst()));
    }

    String code() {
        return code;
    }

    String message() {
        return message;
    }
}
