package org.pledgetrack.core.grant;

import static org.pledgetrack.db.Tables.BCJI_GRANT;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the tests of the grantee's workflows with the overseer (progress reports, Action Plans)
 * start from: the demo's Wichita PD as grantee, Dayton PD as an agency outside the grant, the
 * overseer and TA staff, on a fixed day, and a grant made for the test with Wichita PD as grantee
 * and lead agency, deleted after it so that the demo grants stay as they are. It lives with the
 * grant tests, not in the test support that the UI and job tests share, because it writes grants
 * through the grant feature's repository.
 */
public abstract class GranteeWorkflowTest {

    protected static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired protected UserRepository users;
    @Autowired protected GrantRepository grantRepository;
    @Autowired protected DSLContext dsl;
    @Autowired protected MutableClock clock;

    protected CurrentUser wichita;
    protected CurrentUser dayton;
    protected CurrentUser overseer;
    protected CurrentUser ta;
    /** The test's grant, once made; deleted after the test. */
    protected Long grantId;

    @BeforeEach
    void signInOnTheTestDay() {
        clock.setDate(TODAY);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
    }

    @AfterEach
    void deleteTheGrant() {
        clock.setDate(TODAY);
        if (grantId != null) {
            dsl.deleteFrom(BCJI_GRANT).where(BCJI_GRANT.ID.eq(grantId)).execute();
        }
    }

    /** Makes the test's grant with Wichita PD as grantee and lead agency, overseen by the given organization. */
    protected long wichitaGrant(String awardNumber, String title, String siteName, Long overseerOrganizationId,
                                LocalDate start, LocalDate end) {
        grantId = grantRepository.insertGrant(new NewGrant(awardNumber, title, wichita.organizationId(),
                wichita.organizationId(), siteName, new BigDecimal("100000.00"), overseerOrganizationId, start, end),
                clock.instant());
        return grantId;
    }
}
