package org.pledgetrack.core.sso;

import static org.pledgetrack.db.Tables.APP_USER;
import static org.pledgetrack.db.Tables.ORGANIZATION;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Repository;

/** Finds accounts by e-mail address, for the sign-in through an identity provider. */
@Repository
class SingleSignOnAccountRepository {

    private final DSLContext dsl;

    SingleSignOnAccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every account whose e-mail address is this one, ignoring case, with whether it is enabled and its session
     * generation (a session signed in now belongs to it).
     */
    List<Match> findByEmail(String email) {
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.ROLE,
                        APP_USER.ORGANIZATION_ID, ORGANIZATION.NAME, APP_USER.ENABLED,
                        APP_USER.SESSION_GENERATION)
                .from(APP_USER).join(ORGANIZATION).on(ORGANIZATION.ID.eq(APP_USER.ORGANIZATION_ID))
                .where(DSL.lower(APP_USER.EMAIL).eq(email.toLowerCase(java.util.Locale.ROOT)))
                .fetch(r -> new Match(new CurrentUser(r.value1(), r.value2(), r.value3(), Role.valueOf(r.value4()),
                        r.value5(), r.value6()), r.value7(), r.value8()));
    }

    record Match(CurrentUser user, boolean enabled, long sessionGeneration) {
    }
}
