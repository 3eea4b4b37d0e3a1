package org.pledgetrack.core.catalog;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.input.TextInput;
import org.pledgetrack.core.input.WebAddress;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins draft a new catalog version from an existing one, edit it, and publish it. Only a draft changes:
 * once published, a version is refused here and by the database's triggers alike, because pledges are
 * made against it. Publishing makes it the version new pledges are made against; existing pledges stay
 * on their version until an admin migrates them.
 */
@Service
public class CatalogEditorService {

    static final String ENTITY = "CATALOG_VERSION";

    private final CatalogRepository repository;
    private final CatalogService catalog;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    CatalogEditorService(CatalogRepository repository, CatalogService catalog, AccessPolicy access, AuditLog audit,
                         Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, drafts included (drafts first, then the published ones newest first); admins only. */
    @Transactional(readOnly = true)
    public List<CatalogVersion> allVersions(CurrentUser admin) {
        access.requireRole(admin, Role.ADMIN);
        return repository.findAllVersionIds().stream().map(catalog::version).toList();
    }

    /** One version as it stands, a draft read fresh; admins only. */
    @Transactional(readOnly = true)
    public CatalogVersion version(CurrentUser admin, long versionId) {
        access.requireRole(admin, Role.ADMIN);
        return catalog.read(versionId);
    }

    /** Starts a draft as a copy of a version (its wording, notes and resources); returns the draft's id. */
    @Transactional
    public long startDraft(CurrentUser admin, long basedOnVersionId) {
        access.requireRole(admin, Role.ADMIN);
        CatalogVersion base = catalog.read(basedOnVersionId);
        String code = freeDraftCode();
        // The note says what changed in this version: a new draft starts without one.
        long id = repository.insertDraft(code, base.title(), null, base.id(), clock.instant());
        repository.replaceDraft(id, new CatalogDraft(code, base.title(), null, CatalogDraft.of(base).areas()),
                clock.instant());
        audit.recordAction(admin, null, ENTITY, id, "CATALOG_DRAFT_STARTED", "from " + base.code());
        return id;
    }

    /**
     * Replaces a draft's content with the one given, after checking every field against the columns and
     * the campaign's shape (at least one focus area, each with at least one item). Refused for a published version.
     */
    @Transactional
    public void saveDraft(CurrentUser admin, long versionId, CatalogDraft draft) {
        access.requireRole(admin, Role.ADMIN);
        requireDraft(admin, versionId);
        CatalogDraft checked = checked(draft);
        if (repository.codeTaken(checked.code(), versionId)) {
            throw new IllegalArgumentException("Another catalog version already has the code " + checked.code() + ".");
        }
        repository.replaceDraft(versionId, checked, clock.instant());
        audit.recordAction(admin, null, ENTITY, versionId, "CATALOG_DRAFT_SAVED",
                checked.code() + ": " + checked.itemCount() + " items");
    }

    /**
     * Publishes a draft as it was last saved, dated today: from now on it never changes, and new pledges
     * are made against it. Returns the published version.
     */
    @Transactional
    public CatalogVersion publish(CurrentUser admin, long versionId) {
        access.requireRole(admin, Role.ADMIN);
        requireDraft(admin, versionId);
        checked(CatalogDraft.of(catalog.read(versionId)));
        repository.publish(versionId, LocalDate.now(clock), clock.instant());
        audit.recordAction(admin, null, ENTITY, versionId, "CATALOG_PUBLISHED");
        return catalog.version(versionId);
    }

    /** Throws a draft away; a published version cannot be deleted. */
    @Transactional
    public void deleteDraft(CurrentUser admin, long versionId) {
        access.requireRole(admin, Role.ADMIN);
        requireDraft(admin, versionId);
        repository.deleteDraft(versionId);
        audit.recordAction(admin, null, ENTITY, versionId, "CATALOG_DRAFT_DELETED");
    }

    private void requireDraft(CurrentUser admin, long versionId) {
        CatalogState state = repository.lockState(versionId)
                .orElseThrow(() -> access.unknownRecord(admin, "catalog version", versionId));
        if (state == CatalogState.PUBLISHED) {
            throw new IllegalStateException("A published catalog version cannot change: pledges are made against it. "
                    + "Start a new draft from it instead.");
        }
    }

    private String freeDraftCode() {
        int n = 1;
        while (repository.codeTaken("draft-" + n, -1)) {
            n++;
        }
        return "draft-" + n;
    }

    /** The draft with every text trimmed and checked, in the words the editor's fields use. */
    static CatalogDraft checked(CatalogDraft draft) {
        String code = TextInput.required(draft.code(), CatalogLimits.CODE, "The code", "Enter a code, e.g. 2025.");
        String title = TextInput.required(draft.title(), CatalogLimits.VERSION_TITLE, "The title", "Enter a title.");
        String note = TextInput.optional(draft.note(), CatalogLimits.NOTE, "The note");
        if (draft.areas().isEmpty()) {
            throw new IllegalArgumentException("Add at least one focus area.");
        }
        List<CatalogDraft.Area> areas = new ArrayList<>();
        int number = 0;
        for (CatalogDraft.Area area : draft.areas()) {
            String name = TextInput.required(area.name(), CatalogLimits.AREA_NAME, "A focus area's name",
                    "Every focus area needs a name.");
            if (area.items().isEmpty()) {
                throw new IllegalArgumentException("Focus area \"" + name + "\" has no items: add one or remove the area.");
            }
            List<CatalogDraft.Item> items = new ArrayList<>();
            for (CatalogDraft.Item item : area.items()) {
                items.add(checked(item, ++number));
            }
            areas.add(new CatalogDraft.Area(name, TextInput.optional(area.description(), CatalogLimits.AREA_DESCRIPTION,
                    "A focus area's description"), items));
        }
        return new CatalogDraft(code, title, note, areas);
    }

    private static CatalogDraft.Item checked(CatalogDraft.Item item, int number) {
        String where = "Item " + number + "'s ";
        String title = TextInput.required(item.title(), CatalogLimits.ITEM_TITLE, where + "title",
                "Item " + number + " needs a title.");
        String description = TextInput.required(item.description(), CatalogLimits.ITEM_DESCRIPTION,
                where + "description", "Item " + number + " needs a description.");
        if (item.kind() == null) {
            throw new IllegalArgumentException("Choose whether item " + number + " is a policy or a practice.");
        }
        String source = TextInput.optional(item.sourceNote(), CatalogLimits.NOTE, where + "source note");
        String confirmation = TextInput.optional(item.confirmationNote(), CatalogLimits.NOTE, where + "confirmation note");
        if (!item.textConfirmed() && confirmation == null) {
            throw new IllegalArgumentException("Item " + number + " is not confirmed: say what is not confirmed in its note.");
        }
        List<ItemResource> resources = item.resources().stream()
                .map(r -> new ItemResource(TextInput.required(r.title(), CatalogLimits.RESOURCE_TITLE,
                        where + "resource title", "Every resource of item " + number + " needs a title."),
                        WebAddress.required(r.url(), CatalogLimits.RESOURCE_URL, where + "resource link")))
                .toList();
        return new CatalogDraft.Item(title, description, item.kind(), source, item.textConfirmed(),
                item.textConfirmed() ? null : confirmation, resources);
    }
}
