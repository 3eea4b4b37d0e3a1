package org.pledgetrack.core.agency;

import java.util.List;

import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading agencies, limited to what the user may see. */
@Service
public class AgencyService {

    private final OrganizationRepository organizations;
    private final TaAssignmentChecks assignments;
    private final AccessPolicy access;

    AgencyService(OrganizationRepository organizations, TaAssignmentChecks assignments, AccessPolicy access) {
        this.organizations = organizations;
        this.assignments = assignments;
        this.access = access;
    }

    /** The agencies this user may see: own agency, assigned agencies, or all for overseers and admins. */
    @Transactional(readOnly = true)
    public List<Agency> visibleAgencies(CurrentUser user) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> organizations.findAllAgencies();
            case TA_STAFF -> organizations.findAgencies(assignments.findAssignedAgencyIds(user.id()));
            case AGENCY -> organizations.findAgency(user.organizationId()).stream().toList();
        };
    }

    /**
     * One agency; refused (and logged) when the user may not see it, and an unknown id exactly
     * alike, so that a refusal never tells whether the id exists.
     */
    @Transactional(readOnly = true)
    public Agency agency(CurrentUser user, long agencyId) {
        access.requireReadAgency(user, agencyId);
        return organizations.findAgency(agencyId)
                .orElseThrow(() -> access.unknownRecord(user, "agency", agencyId));
    }
}
