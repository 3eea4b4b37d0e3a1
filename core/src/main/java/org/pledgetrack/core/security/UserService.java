package org.pledgetrack.core.security;

import java.time.Clock;
import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Account management, for admins. */
@Service
public class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AccessPolicy access;
    private final Clock clock;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, AccessPolicy access, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.access = access;
        this.clock = clock;
    }

    /** Every account, for an admin; refused for anyone else. */
    @Transactional(readOnly = true)
    public List<UserAccount> listAccounts(CurrentUser actor) {
        access.requireRole(actor, Role.ADMIN);
        return users.findAll();
    }

    /** Creates an account with a hashed password; admins only. */
    @Transactional
    public long createAccount(CurrentUser actor, NewUser user) {
        access.requireRole(actor, Role.ADMIN);
        return users.insert(user, passwordEncoder.encode(user.rawPassword()), clock.instant());
    }
}
