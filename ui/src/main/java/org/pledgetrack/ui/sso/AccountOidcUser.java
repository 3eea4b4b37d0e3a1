package org.pledgetrack.ui.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.pledgetrack.core.security.AccountPrincipal;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The principal of a session signed in through the identity provider: the pledgetrack account it was
 * mapped to, with that account's role as its only authority (the provider's groups or roles grant
 * nothing), and the provider's tokens and claims. Its name is the account's username, so the
 * sign-in is recorded on the account like a password sign-in.
 */
final class AccountOidcUser implements OidcUser, AccountPrincipal {

    private final CurrentUser user;
    private final OidcUser provided;
    private final long sessionGeneration;

    AccountOidcUser(CurrentUser user, long sessionGeneration, OidcUser provided) {
        this.user = user;
        this.sessionGeneration = sessionGeneration;
        this.provided = provided;
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
    public String getName() {
        return user.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public Map<String, Object> getClaims() {
        return provided.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return provided.getUserInfo();
    }

    @Override
    public OidcIdToken getIdToken() {
        return provided.getIdToken();
    }

    @Override
    public Map<String, Object> getAttributes() {
        return provided.getAttributes();
    }
}
