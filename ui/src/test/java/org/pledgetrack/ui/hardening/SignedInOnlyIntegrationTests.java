package org.pledgetrack.ui.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What only signed-in users get: the health endpoint's components and details (admins), Swagger UI (anyone
 * signed in). Runs the real security filter chain (the same context as the Karibu view tests).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class SignedInOnlyIntegrationTests {

    @Autowired WebApplicationContext context;

    @Test
    void healthDetailsAreForAdminsOnly() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        String anonymous = mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        String overseer = mvc.perform(get("/actuator/health").with(user("overseer").roles("OVERSEER")))
                .andReturn().getResponse().getContentAsString();
        String admin = mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                .andReturn().getResponse().getContentAsString();

        assertThat(anonymous).contains("\"status\":\"UP\"").doesNotContain("components", "db");
        assertThat(overseer).contains("\"status\":\"UP\"").doesNotContain("components", "db");
        assertThat(admin).contains("\"db\":{\"details\":{\"database\"");
    }

    @Test
    void swaggerUiIsForSignedInUsersAndTheApiDescriptionForEveryone() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();

        MvcResult anonymous = mvc.perform(get("/swagger-ui/index.html")).andReturn();
        MvcResult signedIn = mvc.perform(get("/swagger-ui/index.html").with(user("overseer").roles("OVERSEER")))
                .andReturn();
        MvcResult description = mvc.perform(get("/v3/api-docs")).andReturn();

        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
        assertThat(signedIn.getResponse().getStatus()).isEqualTo(200);
        assertThat(description.getResponse().getStatus()).isEqualTo(200);
    }
}
