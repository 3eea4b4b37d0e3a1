package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.InvitationService;
import org.pledgetrack.core.account.PasswordResetService;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A person an admin disables is out on their next request: the open browser session and the API token that
 * worked a moment ago are both refused. Runs the real security filter chains (the same context as the Karibu
 * view tests); without SMTP here, the invitation link comes back to the admin, as on the Accounts page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class DisabledAccountIntegrationTests {

    private static final String PASSWORD = "copper-harbor-lantern-8";

    @Autowired WebApplicationContext context;
    @Autowired AccountAdminService accounts;
    @Autowired InvitationService invitations;
    @Autowired PasswordResetService resets;
    @Autowired ApiTokenService tokens;
    @Autowired UserRepository users;

    @Test
    void aDisabledPersonsOpenSessionAndApiTokenAreRefusedOnTheNextRequest() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY).organizationId();
        long id = accounts.create(admin, new AccountDetails("soon.disabled", "Soon Disabled", "soon@example.org",
                Role.AGENCY, wichita));
        String link = invitations.invite(admin, List.of(id)).getFirst().link();
        resets.setPassword(link.substring(link.indexOf("token=") + "token=".length()), PASSWORD);
        String token = tokens.create(Users.signedIn(users, "soon.disabled"), PASSWORD, "script", 30).secret();
        MockHttpSession session = signIn(mvc, "soon.disabled");
        assertThat(mvc.perform(get("/swagger-ui/index.html").session(session)).andReturn().getResponse().getStatus())
                .as("signed in").isEqualTo(200);
        assertThat(apiStatus(mvc, token)).isEqualTo(200);

        accounts.disable(admin, List.of(id));

        MvcResult next = mvc.perform(get("/swagger-ui/index.html").session(session)).andReturn();
        assertThat(next.getResponse().getStatus()).isEqualTo(302);
        assertThat(next.getResponse().getRedirectedUrl()).contains("/login");
        assertThat(apiStatus(mvc, token)).isEqualTo(401);
        assertThat(mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                        .param("username", "soon.disabled").param("password", PASSWORD))
                .andReturn().getResponse().getRedirectedUrl()).as("nor can they sign in again").contains("error");
    }

    private static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                .param("username", username).param("password", PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private static int apiStatus(MockMvc mvc, String token) throws Exception {
        return mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getStatus();
    }
}
