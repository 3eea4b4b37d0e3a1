package org.pledgetrack.ui.bench;

import java.time.Clock;

import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.agency.NewOrganization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationRepository;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.tools.dataset.SyntheticDataset;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The two accounts the bench signs in with: the TA staff member with the largest portfolio (the
 * generator's national TA, {@value #NATIONAL_TA}, assigned every agency) and an overseer, created
 * here when the dataset has none (the generator writes TA staff only).
 */
final class BenchAccounts {

    static final String NATIONAL_TA = "ta.bench.national";
    static final String OVERSEER = "overseer.bench";
    static final String PASSWORD = SyntheticDataset.TA_STAFF_PASSWORD;

    final String taStaff;
    final String overseer;
    final int taAgencies;

    private final UserRepository users;

    BenchAccounts(ApplicationContext context) {
        users = context.getBean(UserRepository.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        // the national TA when the dataset has one, otherwise whoever has the most agencies
        taStaff = jdbc.queryForObject("SELECT u.username FROM app_user u JOIN ta_agency_assignment a ON a.user_id = u.id"
                + " WHERE u.role = 'TA_STAFF' GROUP BY u.id, u.username"
                + " ORDER BY u.username = ? DESC, COUNT(*) DESC, u.id LIMIT 1", String.class, NATIONAL_TA);
        taAgencies = jdbc.queryForObject("SELECT COUNT(*) FROM ta_agency_assignment a JOIN app_user u ON u.id = a.user_id"
                + " WHERE u.username = ?", Integer.class, taStaff);
        overseer = ensureOverseer(context);
    }

    CurrentUser user(String username) {
        return users.findCredentials(username).orElseThrow().user();
    }

    private String ensureOverseer(ApplicationContext context) {
        if (users.findByUsername(OVERSEER).isEmpty()) {
            Clock clock = context.getBean(Clock.class);
            long organization = context.getBean(OrganizationRepository.class).insert(
                    NewOrganization.other(OrganizationKind.OVERSEER, "Bench oversight office", null, null), clock.instant());
            users.insert(new NewUser(OVERSEER, PASSWORD, "Bench Overseer", "overseer.bench@example.org", Role.OVERSEER,
                    organization), context.getBean(PasswordEncoder.class).encode(PASSWORD), clock.instant());
        }
        return OVERSEER;
    }
}
