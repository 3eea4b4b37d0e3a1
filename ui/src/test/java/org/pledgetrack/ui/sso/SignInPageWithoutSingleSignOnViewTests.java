package org.pledgetrack.ui.sso;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.pledgetrack.ui.KaribuViewTests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Without an identity provider configured, single sign-on adds nothing: no beans, no button, no message. */
class SignInPageWithoutSingleSignOnViewTests extends KaribuViewTests {

    @Autowired ApplicationContext context;

    @Test
    void theSignInPageShowsOnlyThePasswordFormAndNoSingleSignOnIsWired() {
        assertThat(context.getBeanProvider(SingleSignOnLogin.class).getIfAvailable()).isNull();
        assertThat(context.getBeanProvider(ClientRegistrationRepository.class).getIfAvailable()).isNull();

        UI.getCurrent().navigate("login", QueryParameters.of("sso", "no-account"));

        _get(LoginForm.class);
        assertThat(_find(Anchor.class, spec -> spec.withClasses("sso-button"))).isEmpty();
        assertThat(_find(SingleSignOnPanel.class)).as("hidden, its refusal message with it").isEmpty();
    }
}
