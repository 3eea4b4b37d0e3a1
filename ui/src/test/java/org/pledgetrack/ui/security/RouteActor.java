package org.pledgetrack.ui.security;

import java.time.Instant;

import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who the route matrices act as: an anonymous visitor and the six signed-in actors of the core matrix. */
enum RouteActor {
    ANONYMOUS(null),
    AGENCY_A(DemoAccounts.WICHITA_AGENCY),
    AGENCY_B(DemoAccounts.DAYTON_AGENCY),
    TA_ASSIGNED(DemoAccounts.TA_STAFF),
    /** A TA staff member of ta.staff's provider without any assignment; exists only while a matrix runs. */
    TA_UNASSIGNED("matrix.route.unassigned.ta"),
    OVERSEER(DemoAccounts.OVERSEER),
    ADMIN(DemoAccounts.ADMIN);

    private static final String UNASSIGNED_PASSWORD = "not-used";

    private final String username;

    RouteActor(String username) {
        this.username = username;
    }

    String username() {
        return username;
    }

    /** The password, which making an API token asks for again. */
    String password() {
        return this == TA_UNASSIGNED ? UNASSIGNED_PASSWORD : DemoAccounts.PASSWORD;
    }

    /** Creates the unassigned TA account unless an earlier matrix class of this JVM did. */
    static void createUnassignedTaStaff(UserRepository users) {
        if (users.findByUsername(TA_UNASSIGNED.username).isEmpty()) {
            long providerId = Users.signedIn(users, DemoAccounts.TA_STAFF).organizationId();
            users.insert(new NewUser(TA_UNASSIGNED.username, null, "Una Unassigned (route matrix)",
                    "matrix.route@example.org", Role.TA_STAFF, providerId), "{noop}" + UNASSIGNED_PASSWORD, Instant.now());
        }
    }

    /** Removes the account again (with its tokens), so other tests see the demo accounts only. */
    static void deleteUnassignedTaStaff(JdbcTemplate jdbc) {
        jdbc.update("DELETE FROM app_user WHERE username = ?", TA_UNASSIGNED.username);
    }
}
