package org.pledgetrack.core.security;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's principal for a pledgetrack account; carries the {@link CurrentUser}. */
public final class SignedInUser implements UserDetails, AccountPrincipal {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final long sessionGeneration;

    SignedInUser(SignInAccounts.StoredCredentials credentials, Instant now) {
        this.user = credentials.user();
        this.passwordHash = credentials.passwordHash();
        this.enabled = credentials.enabled();
        this.locked = credentials.lockedUntil() != null && credentials.lockedUntil().isAfter(now);
        this.sessionGeneration = credentials.sessionGeneration();
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public long sessionGeneration() {
        return sessionGeneration;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
