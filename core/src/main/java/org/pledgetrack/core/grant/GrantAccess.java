package org.pledgetrack.core.grant;

import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.TaAssignmentChecks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may see and work on which grant. Agency users belong to a grant as grantee, lead agency or
 * partner; TA staff through their grant assignment. An unknown grant id is refused like a
 * forbidden one, so probing ids reveals nothing.
 */
@Component
public class GrantAccess {

    private static final Logger log = LoggerFactory.getLogger(GrantAccess.class);

    private final GrantRepository grants;
    private final TaAssignmentChecks assignments;

    GrantAccess(GrantRepository grants, TaAssignmentChecks assignments) {
        this.grants = grants;
        this.assignments = assignments;
    }

    public boolean canRead(CurrentUser user, long grantId) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> grants.exists(grantId);
            case TA_STAFF -> assignments.isAssignedToGrant(user.id(), grantId);
            case AGENCY -> grants.involves(grantId, user.organizationId());
        };
    }

    /** Planning and recording deliverables is for the grant's TA staff (and admins). */
    public boolean canManage(CurrentUser user, long grantId) {
        return switch (user.role()) {
            case ADMIN -> grants.exists(grantId);
            case TA_STAFF -> assignments.isAssignedToGrant(user.id(), grantId);
            case AGENCY, OVERSEER -> false;
        };
    }

    /** Confirming attendance and acceptance, and submitting grantee reports, is for the grant's own organizations. */
    public boolean canActAsGrantee(CurrentUser user, long grantId) {
        return switch (user.role()) {
            case AGENCY -> grants.involves(grantId, user.organizationId());
            case ADMIN -> grants.exists(grantId);
            case TA_STAFF, OVERSEER -> false;
        };
    }

    /** Accepting and returning the grantee's progress reports is for overseers (and admins). */
    public boolean canReviewReports(CurrentUser user, long grantId) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> grants.exists(grantId);
            case TA_STAFF, AGENCY -> false;
        };
    }

    /** Changing the award's dates is the overseer's (and admins'), like reviewing the grantee's reports. */
    public boolean canChangeAward(CurrentUser user, long grantId) {
        return canReviewReports(user, grantId);
    }

    /** Recording the grant's partners is for the grantee and for overseers (and admins). */
    public boolean canEditPartners(CurrentUser user, long grantId) {
        return canActAsGrantee(user, grantId) || canReviewReports(user, grantId);
    }

    public void requireRead(CurrentUser user, long grantId) {
        require(canRead(user, grantId), user, "read grant", grantId);
    }

    public void requireManage(CurrentUser user, long grantId) {
        require(canManage(user, grantId), user, "manage deliverables of grant", grantId);
    }

    public void requireGrantee(CurrentUser user, long grantId) {
        require(canActAsGrantee(user, grantId), user, "act as grantee of grant", grantId);
    }

    public void requireReportReview(CurrentUser user, long grantId) {
        require(canReviewReports(user, grantId), user, "review progress reports of grant", grantId);
    }

    public void requireAwardChange(CurrentUser user, long grantId) {
        require(canChangeAward(user, grantId), user, "change the award dates of grant", grantId);
    }

    public void requirePartnerEdit(CurrentUser user, long grantId) {
        require(canEditPartners(user, grantId), user, "edit partners of grant", grantId);
    }

    private static void require(boolean allowed, CurrentUser user, String action, long grantId) {
        if (!allowed) {
            log.warn("ACCESS DENIED: user '{}' (id {}, role {}) tried to {} {}",
                    user.username(), user.id(), user.role(), action, grantId);
            throw new AccessDeniedException("You do not have access to this information.");
        }
    }
}
