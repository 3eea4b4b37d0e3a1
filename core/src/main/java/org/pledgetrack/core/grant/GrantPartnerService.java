package org.pledgetrack.core.grant;

import java.util.List;
import java.util.regex.Pattern;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.db.tables.records.BcjiGrantRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A grant's partners with their roles (fiscal agent, law enforcement partner, research partner,
 * site coordinator, other) and contacts, recorded by the grantee or the overseer. A partner
 * organization's users take part in the grant like the grantee's. Every change is audited.
 */
@Service
public class GrantPartnerService {

    static final String ENTITY = "BCJI_GRANT";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private final GrantRepository grants;
    private final GrantAccess access;
    private final AuditLog audit;

    GrantPartnerService(GrantRepository grants, GrantAccess access, AuditLog audit) {
        this.grants = grants;
        this.access = access;
        this.audit = audit;
    }

    /** Whether the user may add and remove the grant's partners (drives which buttons show). */
    @Transactional(readOnly = true)
    public boolean canEditPartners(CurrentUser user, long grantId) {
        return access.canEditPartners(user, grantId);
    }

    /** The organizations that may become partners (agencies and partner organizations). */
    @Transactional(readOnly = true)
    public List<GrantDetail.Organization> partnerCandidates(CurrentUser user, long grantId) {
        access.requirePartnerEdit(user, grantId);
        return grants.findPartnerCandidates();
    }

    /** Adds an organization in a role; refused with a clear message for a missing or invalid part or a repeat. */
    @Transactional
    public void addPartner(CurrentUser user, long grantId, NewPartner partner) {
        access.requirePartnerEdit(user, grantId);
        if (partner.organizationId() == null || !grants.organizationExists(partner.organizationId())) {
            throw new IllegalArgumentException("Choose the partner organization.");
        }
        if (partner.role() == null) {
            throw new IllegalArgumentException("Choose the partner's role.");
        }
        String roleText = partner.role() == PartnerRole.OTHER
                ? TextInput.required(partner.description(), NewPartner.MAX_DESCRIPTION, "The role",
                "Say what the partner does (e.g. housing partner), in up to 100 characters.")
                : partner.role().label();
        String contactName = TextInput.optional(partner.contactName(), NewPartner.MAX_CONTACT_NAME, "The contact name");
        String contactEmail = TextInput.optional(partner.contactEmail(), NewPartner.MAX_CONTACT_EMAIL,
                "The contact e-mail address");
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            throw new IllegalArgumentException("Enter the contact's e-mail address as name@example.org.");
        }
        if (!grants.addPartner(grantId, partner.organizationId(), partner.role(), roleText, contactName, contactEmail)) {
            throw new IllegalArgumentException("This organization already is the grant's " + roleText.toLowerCase(java.util.Locale.ROOT) + ".");
        }
        audit.recordChange(user, agencyOf(grantId), ENTITY, grantId, "partner", null,
                describe(grantId, partner.organizationId(), roleText));
    }

    @Transactional
    public void removePartner(CurrentUser user, long grantId, long organizationId, PartnerRole role) {
        access.requirePartnerEdit(user, grantId);
        String before = grants.findPartners(grantId).stream()
                .filter(p -> p.organizationId() == organizationId && p.kind() == role)
                .map(p -> p.name() + " (" + p.role() + ")").findFirst().orElse(null);
        if (grants.removePartner(grantId, organizationId, role)) {
            audit.recordChange(user, agencyOf(grantId), ENTITY, grantId, "partner", before, null);
        }
    }

    private String describe(long grantId, long organizationId, String roleText) {
        return grants.findPartners(grantId).stream().filter(p -> p.organizationId() == organizationId)
                .map(GrantDetail.Partner::name).findFirst().orElse("#" + organizationId) + " (" + roleText + ")";
    }

    private Long agencyOf(long grantId) {
        return grants.findGrant(grantId).map(BcjiGrantRecord::getLeadAgencyId).orElse(null);
    }
}
