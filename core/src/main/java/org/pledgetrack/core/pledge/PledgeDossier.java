package org.pledgetrack.core.pledge;

import java.time.LocalDate;
import java.util.List;

import org.pledgetrack.core.audit.AuditEntry;

/**
 * Everything an agency's dossier says about its current pledge, as it stood when the dossier was
 * requested: the pledge at a glance, its own history (status, recognition, certificate) and each item
 * with its evidence, decisions and comments, and history. The evidence files' bytes are not here: the
 * dossier job streams them one at a time.
 */
public record PledgeDossier(String ori, PledgeOverview pledge, List<AuditEntry> pledgeHistory,
                            List<DossierItem> items, LocalDate asOf) {

    /** One item with what happened to it; {@code comments} include return and reopen reasons (decisions). */
    public record DossierItem(PledgeItem item, List<Evidence> evidence, List<ItemComment> comments,
                              List<AuditEntry> history) {
    }
}
