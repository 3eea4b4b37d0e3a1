package org.pledgetrack.core.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time links to set a password ({@code pledgetrack.password-links.*}).
 *
 * @param invitationValidity how long an admin's invitation link works
 * @param resetValidity      how long a "Forgot password?" link works
 * @param resetWindow        how far back "Forgot password?" requests count for the two limits below
 * @param resetsPerAddress   requests one source address may make within the window; more are refused
 * @param resetsPerAccount   reset e-mails one account may be sent within the window; more requests get the same
 *                           answer but send nothing
 */
@ConfigurationProperties("pledgetrack.password-links")
public record PasswordLinkSettings(@DefaultValue("PT72H") Duration invitationValidity,
                                   @DefaultValue("PT1H") Duration resetValidity,
                                   @DefaultValue("PT1H") Duration resetWindow,
                                   @DefaultValue("10") int resetsPerAddress,
                                   @DefaultValue("3") int resetsPerAccount) {

    public PasswordLinkSettings {
        requirePositive(invitationValidity, "invitation-validity");
        requirePositive(resetValidity, "reset-validity");
        requirePositive(resetWindow, "reset-window");
        if (resetsPerAddress < 1 || resetsPerAccount < 1) {
            throw new IllegalArgumentException("pledgetrack.password-links.resets-per-address and resets-per-account "
                    + "must be at least 1, not " + resetsPerAddress + " and " + resetsPerAccount);
        }
    }

    private static void requirePositive(Duration value, String key) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("pledgetrack.password-links." + key + " must be a positive duration such "
                    + "as PT72H, not " + value);
        }
    }
}
