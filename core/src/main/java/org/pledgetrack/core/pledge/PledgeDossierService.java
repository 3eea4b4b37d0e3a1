package org.pledgetrack.core.pledge;

import java.time.Clock;
import java.time.LocalDate;

import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The content of an agency's dossier, for those who may download it ({@link AccessPolicy#canDownloadDossier}). */
@Service
public class PledgeDossierService {

    private final PledgeService pledges;
    private final AgencyService agencies;
    private final ItemRepository items;
    private final EvidenceRepository evidence;
    private final CommentRepository comments;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    PledgeDossierService(PledgeService pledges, AgencyService agencies, ItemRepository items,
                         EvidenceRepository evidence, CommentRepository comments, AuditLog audit, AccessPolicy access,
                         Clock clock) {
        this.pledges = pledges;
        this.agencies = agencies;
        this.items = items;
        this.evidence = evidence;
        this.comments = comments;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Whether the user may download the agency's dossier: the button shows only then. */
    public boolean canDownload(CurrentUser user, long agencyId) {
        return access.canDownloadDossier(user, agencyId);
    }

    /**
     * The agency's current pledge with every item's evidence, comments and history; refused for users
     * who may not download its dossier, and when the agency has no pledge yet.
     */
    @Transactional(readOnly = true)
    public PledgeDossier dossier(CurrentUser user, long agencyId) {
        access.requireDossier(user, agencyId);
        PledgeOverview pledge = pledges.overview(user, agencyId)
                .orElseThrow(() -> new IllegalStateException("This agency has no pledge yet, so there is no dossier."));
        return new PledgeDossier(agencies.agency(user, agencyId).ori(), pledge,
                audit.historyOf(PledgeService.ENTITY, pledge.pledgeId()),
                items.findItems(pledge.pledgeId()).stream()
                        .map(item -> new PledgeDossier.DossierItem(item, evidence.findForItem(item.id()),
                                comments.findForItem(item.id()), audit.historyOf(PledgeItemService.ENTITY, item.id())))
                        .toList(),
                LocalDate.now(clock));
    }
}
