package org.pledgetrack.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void shortPasswordIsRefused() {
        assertThat(policy.problemWith("Short-1a", "someone")).hasValue("Use at least 12 characters.");
    }

    @Test
    void overlongPasswordIsRefused() {
        assertThat(policy.problemWith("x".repeat(129), "someone")).hasValue("Use at most 128 characters.");
    }

    @Test
    void passwordContainingTheUsernameIsRefused() {
        assertThat(policy.problemWith("my-wichita.agency-pass", "wichita.agency"))
                .hasValue("Do not use your username in the password.");
    }

    @Test
    void commonPasswordIsRefusedEvenDressedUpWithDigitsAndSymbols() {
        assertThat(policy.problemWith("Password2026!!", "someone")).get().asString().contains("too common");
        assertThat(policy.problemWith("P0lice-1234567", "someone")).get().asString().contains("too common");
    }

    @Test
    void longUncommonPasswordIsAccepted() {
        assertThat(policy.problemWith("river-lantern-orchard-42", "someone")).isEmpty();
    }
}
