package org.pledgetrack.core.testsupport;

import org.pledgetrack.core.security.AccountUserDetailsService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Sign-in through Spring Security's real provider chain, publishing its events as the web sign-in does. */
public final class SignIns {

    private final ProviderManager authenticationManager;

    public SignIns(AccountUserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetailsService);
        provider.setPasswordEncoder(passwordEncoder);
        authenticationManager = new ProviderManager(provider);
        authenticationManager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
    }

    public Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
