package org.pledgetrack.core.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param history {@code pledgetrack.password.history}: how many of an account's latest passwords, the current one
 *                included, a new password may not be; 1 refuses only the current one
 */
@ConfigurationProperties("pledgetrack.password")
public record PasswordHistorySettings(@DefaultValue("5") int history) {

    public PasswordHistorySettings {
        if (history < 1) {
            throw new IllegalArgumentException("pledgetrack.password.history must be at least 1, not " + history);
        }
    }
}
