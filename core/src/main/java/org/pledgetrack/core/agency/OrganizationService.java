package org.pledgetrack.core.agency;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations behind the accounts, for admins: every kind is listed; partner organizations and TA providers
 * are created and edited here (agencies come with their pledges and roster imports, and have their own fields).
 */
@Service
public class OrganizationService {

    static final String ENTITY = "ORGANIZATION";
    /** The kinds an admin creates and edits on the Organizations page. */
    public static final Set<OrganizationKind> EDITABLE = Set.of(OrganizationKind.PARTNER, OrganizationKind.TA_PROVIDER);

    private final OrganizationRepository organizations;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, AccessPolicy access, AuditLog audit, Clock clock) {
        this.organizations = organizations;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every organization by name; admins only. */
    @Transactional(readOnly = true)
    public List<Organization> organizations(CurrentUser actor) {
        access.requireRole(actor, Role.ADMIN);
        return organizations.findAll();
    }

    /** One organization of any kind, if it exists; admins only (they give people their organization). */
    @Transactional(readOnly = true)
    public Optional<Organization> organization(CurrentUser actor, long organizationId) {
        access.requireRole(actor, Role.ADMIN);
        return organizations.findById(organizationId);
    }

    /** Creates a partner organization or a TA provider; admins only. */
    @Transactional
    public long create(CurrentUser actor, OrganizationKind kind, OrganizationDetails details) {
        access.requireRole(actor, Role.ADMIN);
        if (kind == null || !EDITABLE.contains(kind)) {
            throw new IllegalArgumentException("Choose whether it is a partner organization or a TA provider.");
        }
        long id = organizations.insert(kind, fitted(details), clock.instant());
        audit.recordAction(actor, null, ENTITY, id, "CREATE", kind.name());
        return id;
    }

    /**
     * Changes a partner organization's or TA provider's name, place and website, each change audited with the old
     * and new value; refused when someone else saved it since it was read ({@code version}).
     */
    @Transactional
    public void update(CurrentUser actor, long organizationId, int version, OrganizationDetails details) {
        access.requireRole(actor, Role.ADMIN);
        Organization before = organizations.findById(organizationId)
                .orElseThrow(() -> access.unknownRecord(actor, "organization", organizationId));
        if (!EDITABLE.contains(before.kind())) {
            throw new IllegalArgumentException("Only partner organizations and TA providers are edited here.");
        }
        OrganizationDetails after = fitted(details);
        if (!organizations.update(organizationId, version, after, clock.instant())) {
            throw new IllegalStateException("Someone else changed " + before.name() + " meanwhile; open it again.");
        }
        audit.recordChange(actor, null, ENTITY, organizationId, "name", before.name(), after.name());
        audit.recordChange(actor, null, ENTITY, organizationId, "state", before.state(), after.state());
        audit.recordChange(actor, null, ENTITY, organizationId, "city", before.city(), after.city());
        audit.recordChange(actor, null, ENTITY, organizationId, "website", before.website(), after.website());
    }

    private static OrganizationDetails fitted(OrganizationDetails details) {
        String name = TextInput.required(details.name(), 200, "The name", "Enter the organization's name.");
        String state = TextInput.optional(details.state(), 2, "The state");
        if (state != null) {
            state = state.toUpperCase(Locale.ROOT);
            if (!UsStates.isCode(state)) {
                throw new IllegalArgumentException("Enter the state as its two-letter code, such as KS.");
            }
        }
        String city = TextInput.optional(details.city(), 100, "The city");
        String website = TextInput.optional(details.website(), 500, "The website");
        if (website != null && !website.matches("https?://\\S+")) {
            throw new IllegalArgumentException("Enter the website as an address starting with https://.");
        }
        return new OrganizationDetails(name, state, city, website);
    }
}
