package org.pledgetrack.core.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.sso.SingleSignOnOutcome.Result;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which account an identity provider's e-mail address stands for, and every reason for none. */
@SpringBootTest
class SingleSignOnServiceIntegrationTests {

    private static final String ISSUER = "https://idp.example.gov/realms/agencies";

    @Autowired SingleSignOnService singleSignOn;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void theOneEnabledAccountWithTheAddressInAnyLetterCaseSignsInWithItsOwnRoleAndIsAudited() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        String email = users.findByUsername(DemoAccounts.WICHITA_AGENCY).orElseThrow().email();

        SingleSignOnOutcome outcome = singleSignOn.signIn(ISSUER, " " + email.toUpperCase(java.util.Locale.ROOT), true);

        assertThat(outcome.result()).isEqualTo(Result.SIGNED_IN);
        assertThat(outcome.user()).isEqualTo(wichita);
        assertThat(audit.historyOf(SingleSignOnService.ENTITY, wichita.id()))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("SIGN_IN_SSO");
                    assertThat(entry.newValue()).isEqualTo(ISSUER);
                });
    }

    @Test
    void anAddressTheProviderDidNotVerifyIsRefusedEvenForAKnownAccount() {
        String email = users.findByUsername(DemoAccounts.ADMIN).orElseThrow().email();
        assertThat(singleSignOn.signIn(ISSUER, email, false).result()).isEqualTo(Result.EMAIL_NOT_VERIFIED);
        assertThat(singleSignOn.signIn(ISSUER, email, false).user()).isNull();
    }

    @Test
    void noAccountADisabledOneOrSeveralEnabledOnesGiveNoAccountAndCreateNone() {
        long accounts = users.count();
        assertThat(singleSignOn.signIn(ISSUER, "stranger@elsewhere.example", true).result()).isEqualTo(Result.NO_ACCOUNT);
        assertThat(singleSignOn.signIn(ISSUER, null, true).result()).isEqualTo(Result.NO_ACCOUNT);

        long organization = Users.signedIn(users, DemoAccounts.OVERSEER).organizationId();
        newAccount("sso.twin.one", "twin@example.org", organization);
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = 'sso.twin.one'");
        assertThat(singleSignOn.signIn(ISSUER, "Twin@Example.org", true).result()).isEqualTo(Result.DISABLED);

        newAccount("sso.twin.two", "TWIN@example.org", organization);
        assertThat(singleSignOn.signIn(ISSUER, "twin@example.org", true).user().username()).isEqualTo("sso.twin.two");

        newAccount("sso.twin.three", "twin@example.org", organization);
        assertThat(singleSignOn.signIn(ISSUER, "twin@example.org", true).result()).isEqualTo(Result.AMBIGUOUS);
        assertThat(users.count()).isEqualTo(accounts + 3);
    }

    private void newAccount(String username, String email, long organizationId) {
        users.insert(new NewUser(username, null, username, email, Role.OVERSEER, organizationId),
                "{noop}not-a-real-password", clock.instant());
    }
}
