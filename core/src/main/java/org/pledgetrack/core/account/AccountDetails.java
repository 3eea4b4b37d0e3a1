package org.pledgetrack.core.account;

import org.pledgetrack.core.security.Role;

/** What an admin enters for an account: who it is, how to reach them, what they may do and where they belong. */
public record AccountDetails(String username, String displayName, String email, Role role, Long organizationId) {
}
