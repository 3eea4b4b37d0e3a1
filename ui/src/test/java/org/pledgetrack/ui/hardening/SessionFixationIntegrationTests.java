package org.pledgetrack.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.demo.DemoAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Session fixation: a session id planted before sign-in must not be the one that is signed in. Login
 * CSRF: a sign-in without the form's CSRF token is refused, even with the right password. Runs the
 * real security filter chain (the same context as the Karibu view tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SessionFixationIntegrationTests {

    @Autowired WebApplicationContext context;

    @Test
    void signingInGivesANewSessionId() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = new MockHttpSession();
        String plantedId = session.getId();

        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", DemoAccounts.ADMIN).param("password", "Demo-Pledge-2026"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(plantedId);
        SecurityContext signedIn = (SecurityContext) result.getRequest().getSession()
                .getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(signedIn.getAuthentication().getName()).isEqualTo(DemoAccounts.ADMIN);
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefusedEvenWithTheRightPassword() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        MvcResult result = mvc.perform(post("/login").session(new MockHttpSession())
                        .param("username", DemoAccounts.ADMIN).param("password", "Demo-Pledge-2026"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(403);
        assertThat(result.getRequest().getSession().getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
    }
}
