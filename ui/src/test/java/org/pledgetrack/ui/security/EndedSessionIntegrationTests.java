package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
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
 * A session whose account has ended its sessions since it signed in is refused at its next request, and only that
 * session: nothing but the database tells this node, as it would for a change made on another node. Runs the real
 * security filter chain (the same context as the Karibu view tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class EndedSessionIntegrationTests {

    private static final String PASSWORD = "granite-meadow-river-7";
    private static final String PAGE = "/swagger-ui/index.html";

    @Autowired WebApplicationContext context;
    @Autowired UserService userService;
    @Autowired AccountAdminService accounts;
    @Autowired UserRepository users;

    MockMvc mvc;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        admin = Users.signedIn(users, DemoAccounts.ADMIN);
    }

    @Test
    void aSessionSignedInBeforeTheRoleChangedIsRefusedWhileOneSignedInAfterIsNot() throws Exception {
        CurrentUser person = newAccount("role.changes");
        MockHttpSession before = signIn("role.changes", PASSWORD);
        MockHttpSession otherAccount = signIn(DemoAccounts.OVERSEER, DemoAccounts.PASSWORD);
        assertThat(status(before)).as("signed in").isEqualTo(200);

        accounts.update(admin, person.id(), new AccountDetails("role.changes", "Role Changes", "role@example.org",
                Role.ADMIN, admin.organizationId()));
        MockHttpSession after = signIn("role.changes", PASSWORD);

        MvcResult refused = mvc.perform(get(PAGE).session(before)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(302);
        assertThat(refused.getResponse().getRedirectedUrl()).endsWith(EndedSessionResponse.SIGN_IN_AGAIN);
        assertThat(before.isInvalid()).as("the ended session is gone, not only refused").isTrue();
        assertThat(status(after)).as("signed in after the change").isEqualTo(200);
        assertThat(status(otherAccount)).as("another account's session").isEqualTo(200);
    }

    @Test
    void anOpenPageOfAnEndedSessionIsSentToTheSignInPageByVaadinsOwnAnswer() throws Exception {
        CurrentUser person = newAccount("open.page");
        MockHttpSession session = signIn("open.page", PASSWORD);

        accounts.disable(admin, List.of(person.id()));

        MvcResult refused = mvc.perform(post("/").param("v-r", "uidl").param("v-uiId", "0").session(session))
                .andReturn();
        assertThat(refused.getResponse().getContentType()).startsWith("application/json");
        assertThat(refused.getResponse().getContentAsString()).contains(EndedSessionResponse.SIGN_IN_AGAIN);
    }

    @Test
    void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
        newAccount("own.change");
        MockHttpSession here = signIn("own.change", PASSWORD);
        MockHttpSession elsewhere = signIn("own.change", PASSWORD);

        // what ChangePasswordDialog does in the session it is open in
        long generation = userService.changePassword(Users.signedIn(users, "own.change"), PASSWORD,
                "lantern-orchard-51");
        SessionGeneration.set(here, generation);

        assertThat(status(here)).as("the session the password was changed in").isEqualTo(200);
        assertThat(status(elsewhere)).as("every other session").isEqualTo(302);
    }

    private CurrentUser newAccount(String username) {
        userService.createAccount(admin, new NewUser(username, PASSWORD, username, username + "@example.org",
                Role.OVERSEER, admin.organizationId()));
        return Users.signedIn(users, username);
    }

    private MockHttpSession signIn(String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                .param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private int status(MockHttpSession session) throws Exception {
        return mvc.perform(get(PAGE).session(session)).andReturn().getResponse().getStatus();
    }
}
