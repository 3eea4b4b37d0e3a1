package org.pledgetrack.core.account;

import java.util.Optional;

import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.security.Role;

/**
 * Which kind of organization an account of each role belongs to: an agency's users to that agency (it is what they
 * report for), TA staff to a TA provider, overseers to the overseeing or funding organization, admins to the
 * overseeing one.
 */
public final class RoleOrganizationRule {

    private RoleOrganizationRule() {
    }

    /** Whether an account of this role may belong to an organization of this kind. */
    public static boolean fits(Role role, OrganizationKind kind) {
        return switch (role) {
            case AGENCY -> kind == OrganizationKind.AGENCY;
            case TA_STAFF -> kind == OrganizationKind.TA_PROVIDER;
            case OVERSEER -> kind == OrganizationKind.OVERSEER || kind == OrganizationKind.FUNDER;
            case ADMIN -> kind == OrganizationKind.OVERSEER;
        };
    }

    /** Why an account of this role cannot belong to an organization of this kind; empty when it can. */
    static Optional<String> problem(Role role, OrganizationKind kind) {
        if (fits(role, kind)) {
            return Optional.empty();
        }
        return Optional.of(switch (role) {
            case AGENCY -> "An agency user belongs to an agency: choose the agency.";
            case TA_STAFF -> "A TA staff member belongs to a TA provider: choose a TA provider organization.";
            case OVERSEER -> "An overseer belongs to the overseeing or funding organization.";
            case ADMIN -> "An admin belongs to the overseeing organization.";
        });
    }
}
