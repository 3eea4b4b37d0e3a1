package org.pledgetrack.ui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AddressLimit;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.LockoutRule;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The sign-in form's throttles through the real filters (the address throttle, then Spring
 * Security's chain) and the real database, with the default limits: 10 wrong passwords lock an
 * account, 30 failures in 15 minutes block an address. Each test signs in from addresses of its own
 * (never 127.0.0.1, which the other tests of this context use).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SignInThrottleIntegrationTests {

    private static final String PASSWORD = "granite-meadow-river-7";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired WebApplicationContext context;
    @Autowired SignInThrottleFilter throttleFilter;
    @Autowired @Qualifier("springSecurityFilterChain") Filter securityFilters;
    @Autowired UserService userService;
    @Autowired UserRepository users;
    @Autowired ApiTokenService tokens;
    @Autowired LockoutRule lockout;
    @Autowired AddressLimit addressLimit;
    @Autowired Clock clock;

    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).addFilters(throttleFilter, securityFilters).build();
    }

    @Test
    void signInFromABlockedAddressIsRefusedBeforeThePasswordIsChecked() throws Exception {
        for (int i = 0; i < addressLimit.maxFailuresPerAddress(); i++) {
            assertThat(signIn("203.0.113.7", "nobody." + i, "guess").getRedirectedUrl()).isEqualTo("/login?error");
        }

        MvcResult blocked = signInResult("203.0.113.7", DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(blocked.getResponse().getRedirectedUrl()).isEqualTo("/login?blocked");
        assertThat(signedIn(blocked)).isFalse();

        MvcResult elsewhere = signInResult("203.0.113.8", DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        assertThat(elsewhere.getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("blocked");
        assertThat(signedIn(elsewhere)).isTrue();
    }

    /** Spring Security refuses a locked account before the password is checked; the address still pays for it. */
    @Test
    void attemptsOnALockedAccountCountTowardTheAddressLimit() throws Exception {
        String victim = newAccount();
        for (int i = 0; i < lockout.lockAfterFailures(); i++) {
            assertThat(signIn("198.51.100.23", victim, "guess").getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(users.findByUsername(victim).orElseThrow().lockedAt(clock.instant())).isTrue();

        for (int i = lockout.lockAfterFailures(); i < addressLimit.maxFailuresPerAddress(); i++) {
            assertThat(signIn("198.51.100.23", victim, PASSWORD).getRedirectedUrl()).isEqualTo("/login?error");
        }
        assertThat(signIn("198.51.100.23", victim, PASSWORD).getRedirectedUrl()).isEqualTo("/login?blocked");
        assertThat(signIn("198.51.100.23", DemoAccounts.ADMIN, DemoAccounts.PASSWORD).getRedirectedUrl())
                .isEqualTo("/login?blocked");
    }

    /** The lock is about password guessing: the owner's scripts keep reading the API meanwhile. */
    @Test
    void aLockedAccountsApiTokenStillReadsTheApi() throws Exception {
        String owner = newAccount();
        String secret = tokens.create(Users.signedIn(users, owner), PASSWORD, "nightly export", 30).secret();
        for (int i = 0; i < lockout.lockAfterFailures(); i++) {
            signIn("198.51.100.77", owner, "guess");
        }
        assertThat(users.findByUsername(owner).orElseThrow().lockedAt(clock.instant())).isTrue();

        MockHttpServletResponse reply = mvc.perform(get("/api/v1/agencies").header("Authorization", "Bearer " + secret))
                .andReturn().getResponse();
        assertThat(reply.getStatus()).isEqualTo(200);
        assertThat(reply.getContentAsString()).contains("\"total\":");
    }

    private MockHttpServletResponse signIn(String address, String username, String password) throws Exception {
        return signInResult(address, username, password).getResponse();
    }

    private MvcResult signInResult(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").session(new MockHttpSession()).with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(address);
                            return request;
                        })
                        .param("username", username).param("password", password))
                .andReturn();
    }

    private static boolean signedIn(MvcResult result) {
        var session = result.getRequest().getSession(false);
        return session != null
                && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
    }

    private String newAccount() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        String username = "throttle.victim." + ACCOUNTS.incrementAndGet();
        userService.createAccount(admin, new NewUser(username, PASSWORD, username, username + "@example.org",
                Role.OVERSEER, admin.organizationId()));
        return username;
    }
}
