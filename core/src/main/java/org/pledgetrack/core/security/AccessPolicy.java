package org.pledgetrack.core.security;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which agency's data. Every service asks here before it reads or
 * writes; a refusal is logged with the user and the requested id so that probing shows up.
 */
@Component
public class AccessPolicy {

    private static final Logger log = LoggerFactory.getLogger(AccessPolicy.class);

    private final TaAssignmentChecks assignments;

    AccessPolicy(TaAssignmentChecks assignments) {
        this.assignments = assignments;
    }

    public boolean canReadAgency(CurrentUser user, long agencyId) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> true;
            case AGENCY -> user.organizationId() == agencyId;
            case TA_STAFF -> assignments.isAssignedToAgency(user.id(), agencyId);
        };
    }

    /**
     * The agencies the user may read ({@link #canReadAgency}) as a condition on {@code agencyId},
     * for lists that filter, sort and page in the database.
     */
    public Condition readableAgencies(CurrentUser user, Field<Long> agencyId) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> DSL.noCondition();
            case AGENCY -> agencyId.eq(user.organizationId());
            case TA_STAFF -> assignments.assignedAgencies(user.id(), agencyId);
        };
    }

    /**
     * Names the set of agencies {@link #readableAgencies} lets the user read, for answers kept in
     * memory: users with the same name read the same agencies, users with different ones may not.
     * {@code ALL} for overseers and admins, {@code AGENCY:<organization id>} for an agency's users,
     * {@code STAFF:<user id>} for TA staff (whose assignments may change: whoever keeps answers under
     * this name must also notice that, as the snapshot generation does).
     */
    public String readableAgenciesKey(CurrentUser user) {
        return switch (user.role()) {
            case OVERSEER, ADMIN -> "ALL";
            case AGENCY -> "AGENCY:" + user.organizationId();
            case TA_STAFF -> "STAFF:" + user.id();
        };
    }

    /** Agencies report their own progress; nobody else writes it. */
    public boolean canReportProgress(CurrentUser user, long agencyId) {
        return user.is(Role.AGENCY) && user.organizationId() == agencyId;
    }

    /** Verifying and returning items is for assigned TA staff (and admins). */
    public boolean canReview(CurrentUser user, long agencyId) {
        return switch (user.role()) {
            case ADMIN -> true;
            case TA_STAFF -> assignments.isAssignedToAgency(user.id(), agencyId);
            case AGENCY, OVERSEER -> false;
        };
    }

    /**
     * Who may download an agency's dossier (its pledge with every evidence file): overseers for any
     * agency, TA staff for their assigned agencies, an agency's users for their own. Not admins: they
     * manage accounts and need no agency's evidence in bulk.
     */
    public boolean canDownloadDossier(CurrentUser user, long agencyId) {
        return !user.is(Role.ADMIN) && canReadAgency(user, agencyId);
    }

    public void requireDossier(CurrentUser user, long agencyId) {
        require(canDownloadDossier(user, agencyId), user, "download the dossier of agency", agencyId);
    }

    public void requireReadAgency(CurrentUser user, long agencyId) {
        require(canReadAgency(user, agencyId), user, "read agency", agencyId);
    }

    public void requireReportProgress(CurrentUser user, long agencyId) {
        require(canReportProgress(user, agencyId), user, "report progress for agency", agencyId);
    }

    public void requireReview(CurrentUser user, long agencyId) {
        require(canReview(user, agencyId), user, "review agency", agencyId);
    }

    public void requireRole(CurrentUser user, Role... allowed) {
        for (Role role : allowed) {
            if (user.is(role)) {
                return;
            }
        }
        deny(user, "use a feature for roles " + java.util.Arrays.toString(allowed), -1);
    }

    /**
     * Refuses a request for a record that does not exist, exactly as for one the user may not see,
     * so that probing ids tells nothing; the attempt is logged like any refusal.
     */
    public AccessDeniedException unknownRecord(CurrentUser user, String what, long id) {
        log.warn("ACCESS DENIED: user '{}' (id {}, role {}) asked for unknown {} {}",
                user.username(), user.id(), user.role(), what, id);
        return new AccessDeniedException("You do not have access to this information.");
    }

    private void require(boolean allowed, CurrentUser user, String action, long id) {
        if (!allowed) {
            deny(user, action, id);
        }
    }

    private void deny(CurrentUser user, String action, long id) {
        log.warn("ACCESS DENIED: user '{}' (id {}, role {}) tried to {} {}",
                user.username(), user.id(), user.role(), action, id);
        throw new AccessDeniedException("You do not have access to this information.");
    }
}
