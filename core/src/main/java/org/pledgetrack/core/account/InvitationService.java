package org.pledgetrack.core.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins invite people: each gets a one-time link to set their password (valid
 * {@code pledgetrack.password-links.invitation-validity}, 72 hours by default). Using it also enables the account,
 * so that people loaded disabled by a roster import come in this way.
 */
@Service
public class InvitationService {

    private final PasswordLinkIssuer issuer;
    private final PasswordLinkRepository links;
    private final AccountRepository accounts;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    InvitationService(PasswordLinkIssuer issuer, PasswordLinkRepository links, AccountRepository accounts,
                      AccessPolicy access, AuditLog audit, Clock clock) {
        this.issuer = issuer;
        this.links = links;
        this.accounts = accounts;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends each account a new invitation (an older unused link of theirs stops working). Without SMTP, or when the
     * server refuses a message, the link comes back in {@link IssuedLink#link()} for the admin to pass on.
     */
    @Transactional
    public List<IssuedLink> invite(CurrentUser actor, Collection<Long> userIds) {
        access.requireRole(actor, Role.ADMIN);
        for (long userId : userIds) {
            if (accounts.findUsername(userId).isEmpty()) {
                throw access.unknownRecord(actor, "account", userId);
            }
        }
        return userIds.stream().map(userId -> inviteOne(actor, userId)).toList();
    }

    /** Invites the people a roster import created who have no password yet and no invitation that still works. */
    @Transactional
    public List<IssuedLink> inviteNotYetInvitedFromRosterImport(CurrentUser actor, long importId) {
        access.requireRole(actor, Role.ADMIN);
        return links.notYetInvitedOfRosterImport(importId, clock.instant()).stream()
                .map(userId -> inviteOne(actor, userId)).toList();
    }

    /** How many people of a roster import {@link #inviteNotYetInvitedFromRosterImport} would invite now. */
    @Transactional(readOnly = true)
    public int notYetInvitedFromRosterImport(CurrentUser actor, long importId) {
        access.requireRole(actor, Role.ADMIN);
        return links.notYetInvitedOfRosterImport(importId, clock.instant()).size();
    }

    /** Whether invitations are e-mailed ({@code spring.mail.host} set); otherwise the admin passes the links on. */
    public boolean mailsInvitations() {
        return issuer.canMail();
    }

    private IssuedLink inviteOne(CurrentUser actor, long userId) {
        IssuedLink link = issuer.issue(userId, PasswordLinkPurpose.INVITATION, actor.username());
        audit.recordAction(actor, null, UserService.ENTITY, userId, "INVITE",
                link.mailed() ? "e-mailed to " + link.email() : "link shown to the admin");
        return link;
    }
}
