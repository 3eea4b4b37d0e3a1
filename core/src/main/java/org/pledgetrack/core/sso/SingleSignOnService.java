package org.pledgetrack.core.sso;

import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.sso.SingleSignOnOutcome.Result;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides which account a sign-in through the organization's identity provider stands for: the one
 * enabled account whose e-mail address (ignoring case) the provider vouches for. It never creates an
 * account and never gives a role: both stay with the admins. Sign-ins and refusals of an existing
 * account are audited; every refusal is logged.
 */
@Service
public class SingleSignOnService {

    static final String ENTITY = "USER";
    private static final Logger log = LoggerFactory.getLogger(SingleSignOnService.class);

    private final SingleSignOnAccountRepository accounts;
    private final AuditLog audit;

    SingleSignOnService(SingleSignOnAccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /**
     * The account for the e-mail address the identity provider at {@code issuer} signed in, or why
     * there is none. An address the provider did not mark verified is refused, so that someone who can
     * put any address on their identity-provider profile cannot take over the account that has it.
     */
    @Transactional
    public SingleSignOnOutcome signIn(String issuer, String email, boolean emailVerified) {
        if (email == null || email.isBlank()) {
            return refused(Result.NO_ACCOUNT, issuer, "(no e-mail address)");
        }
        if (!emailVerified) {
            return refused(Result.EMAIL_NOT_VERIFIED, issuer, email);
        }
        List<SingleSignOnAccountRepository.Match> matches = accounts.findByEmail(email.strip());
        List<SingleSignOnAccountRepository.Match> enabled = matches.stream()
                .filter(SingleSignOnAccountRepository.Match::enabled).toList();
        if (enabled.size() == 1) {
            var match = enabled.getFirst();
            var user = match.user();
            audit.recordAction(user, null, ENTITY, user.id(), "SIGN_IN_SSO", issuer);
            log.info("Single sign-on of '{}' through {}", user.username(), issuer);
            return SingleSignOnOutcome.signedIn(user, match.sessionGeneration());
        }
        if (enabled.size() > 1) {
            return refused(Result.AMBIGUOUS, issuer, email);
        }
        if (!matches.isEmpty()) {
            matches.forEach(match -> audit.recordAction(match.user(), null, ENTITY, match.user().id(),
                    "SIGN_IN_SSO_REFUSED", "account disabled; " + issuer));
            return refused(Result.DISABLED, issuer, email);
        }
        return refused(Result.NO_ACCOUNT, issuer, email);
    }

    private static SingleSignOnOutcome refused(Result result, String issuer, String email) {
        log.warn("Single sign-on through {} refused for '{}': {}", issuer, email, result);
        return SingleSignOnOutcome.refused(result);
    }
}
