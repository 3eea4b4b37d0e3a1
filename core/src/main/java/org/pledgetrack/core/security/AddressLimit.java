package org.pledgetrack.core.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins one source address may make before its attempts are refused unread:
 * the per-account lock alone would not notice one address trying passwords across many accounts,
 * nor one address hammering an account that is locked.
 *
 * @param maxFailuresPerAddress {@code pledgetrack.login.max-failures-per-address}: failures within the window
 *                              that block the address
 * @param addressWindow         {@code pledgetrack.login.address-window}: how far back failures count
 */
@ConfigurationProperties("pledgetrack.login")
public record AddressLimit(@DefaultValue("30") int maxFailuresPerAddress,
                           @DefaultValue("PT15M") Duration addressWindow) {

    public AddressLimit {
        if (maxFailuresPerAddress < 1 || addressWindow == null || !addressWindow.isPositive()) {
            throw new IllegalArgumentException("pledgetrack.login: max-failures-per-address must be at least 1 and "
                    + "address-window positive, not " + maxFailuresPerAddress + " and " + addressWindow);
        }
    }
}
