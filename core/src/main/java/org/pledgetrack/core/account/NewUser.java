package org.pledgetrack.core.account;

import org.pledgetrack.core.security.Role;

/** What it takes to create an account; the password arrives in clear and is hashed on the way in. */
public record NewUser(String username, String rawPassword, String displayName, String email, Role role,
                      long organizationId) {
}
