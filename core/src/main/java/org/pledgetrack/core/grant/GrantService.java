package org.pledgetrack.core.grant;

import java.util.List;

import org.jooq.impl.DSL;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** BCJI grants, limited to what the user may see. */
@Service
public class GrantService {

    private final GrantRepository grants;

    GrantService(GrantRepository grants) {
        this.grants = grants;
    }

    /** All grants for overseers and admins; assigned grants for TA staff; own grants for agencies. */
    @Transactional(readOnly = true)
    public List<GrantSummary> visibleGrants(CurrentUser user) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> grants.findGrants(DSL.trueCondition());
            case TA_STAFF -> grants.findGrants(GrantRepository.assignedTo(user.id()));
            case AGENCY -> grants.findGrants(GrantRepository.involving(user.organizationId()));
        };
    }
}
