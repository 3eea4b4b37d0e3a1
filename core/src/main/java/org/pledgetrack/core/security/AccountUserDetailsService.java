package org.pledgetrack.core.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads accounts from the database for Spring Security's sign-in. */
@Service
public class AccountUserDetailsService implements UserDetailsService {

    private final SignInAccounts users;
    private final Clock clock;

    AccountUserDetailsService(SignInAccounts users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findCredentials(username)
                .map(credentials -> new SignedInUser(credentials, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
