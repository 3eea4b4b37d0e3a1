package org.pledgetrack.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.pledgetrack.core.security.AccountUserDetailsService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base for server-side UI tests: a real Spring context and database, Vaadin mocked by
 * Karibu-Testing, and Spring Security's signed-in user carried over to the fake request so that
 * {@code @RolesAllowed} on views is enforced as in a browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
public abstract class KaribuViewTests {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.pledgetrack.ui");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private AccountUserDetailsService userDetailsService;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    /** Signs in as a stored account, the way the login form would after a right password. */
    protected void signInAs(String username) {
        KaribuSignIn.signIn(userDetailsService, username);
    }

    protected void navigateTo(String route) {
        UI.getCurrent().navigate(route);
    }
}
