package org.pledgetrack.core.pledge;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.security.AccessPolicy;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a pledge to another published catalog version, item by item, as an admin maps them. Every item row
 * keeps its id, so its status, dates, evidence, comments and status history stay with it; only the catalog
 * item it answers changes. Each new item is answered by at most one old item, a new item no old item maps to
 * starts not started, and an old item left unmapped is dropped only when nothing is recorded on it: one that
 * has a status, evidence, comments or history must be mapped (nothing recorded is ever lost). Each moved item's
 * history says where it came from, and the migration is kept with its mapping.
 */
@Service
public class CatalogMigrationService {

    private final CatalogMigrationRepository migrations;
    private final CatalogService catalog;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final Clock clock;

    CatalogMigrationService(CatalogMigrationRepository migrations, CatalogService catalog, AccessPolicy access,
                            AuditLog audit, Clock clock) {
        this.migrations = migrations;
        this.catalog = catalog;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Pledges that are not on the given version, for choosing one to migrate; admins only. */
    @Transactional(readOnly = true)
    public List<PledgeOnVersion> pledgesNotOn(CurrentUser admin, long versionId) {
        access.requireRole(admin, Role.ADMIN);
        return migrations.findPledgesNotOn(versionId);
    }

    /** The proposed mapping of the pledge's items onto the version's (same number to same number); admins only. */
    @Transactional(readOnly = true)
    public CatalogMigrationPlan plan(CurrentUser admin, long pledgeId, long toVersionId) {
        access.requireRole(admin, Role.ADMIN);
        CatalogMigrationRepository.MigratedPledge pledge = migrations.findPledge(pledgeId)
                .orElseThrow(() -> access.unknownRecord(admin, "pledge", pledgeId));
        CatalogVersion from = catalog.version(pledge.catalogVersionId());
        CatalogVersion to = target(from, toVersionId);
        Map<Integer, Long> newByNumber = to.items().stream()
                .collect(Collectors.toMap(CatalogItem::number, CatalogItem::id));
        List<CatalogMigrationPlan.Line> lines = migrations.findItemWork(pledgeId).stream()
                .map(work -> {
                    CatalogItem old = from.item(work.catalogItemId()).orElseThrow();
                    return new CatalogMigrationPlan.Line(old, work.pledgeItemId(), work.status(), work.hasWork(),
                            newByNumber.get(old.number()));
                })
                .sorted(java.util.Comparator.comparingInt(line -> line.oldItem().number()))
                .toList();
        return new CatalogMigrationPlan(pledgeId, pledge.agencyName(), from, to, lines);
    }

    /**
     * Moves the pledge to the version with the admin's mapping (old catalog item id → new catalog item id), as
     * described on the class. Refused, with nothing changed, when the mapping names items of other versions,
     * maps two old items to one new item, or leaves out an item on which something is recorded.
     */
    @Transactional
    public void migrate(CurrentUser admin, long pledgeId, long toVersionId, Map<Long, Long> newItemOfOld) {
        access.requireRole(admin, Role.ADMIN);
        CatalogMigrationRepository.MigratedPledge pledge = migrations.lockPledge(pledgeId)
                .orElseThrow(() -> access.unknownRecord(admin, "pledge", pledgeId));
        CatalogVersion from = catalog.version(pledge.catalogVersionId());
        CatalogVersion to = target(from, toVersionId);
        List<CatalogMigrationRepository.ItemWork> items = migrations.findItemWork(pledgeId);
        checkMapping(from, to, items, newItemOfOld);

        Instant now = clock.instant();
        long migrationId = migrations.insertMigration(pledgeId, from.id(), to.id(), admin.id(), now);
        Set<Long> answered = new HashSet<>();
        for (CatalogMigrationRepository.ItemWork item : items) {
            CatalogItem old = from.item(item.catalogItemId()).orElseThrow();
            Long newId = newItemOfOld.get(old.id());
            if (newId == null) {
                migrations.deleteUntouchedItem(item.pledgeItemId());
                continue;
            }
            CatalogItem moved = to.item(newId).orElseThrow();
            migrations.moveItem(migrationId, item.pledgeItemId(), old.id(), newId, admin.id(), now);
            answered.add(newId);
            audit.recordAction(admin, pledge.agencyId(), PledgeItemService.ENTITY, item.pledgeItemId(),
                    "CATALOG_MIGRATED", "item " + old.number() + " of " + from.code() + " (" + old.title() + ") is now item "
                            + moved.number() + " of " + to.code() + " (" + moved.title() + ")");
        }
        for (CatalogItem fresh : to.items()) {
            if (!answered.contains(fresh.id())) {
                long itemId = migrations.addItem(migrationId, pledgeId, fresh.id(), admin.id(), now);
                audit.recordAction(admin, pledge.agencyId(), PledgeItemService.ENTITY, itemId, "CATALOG_MIGRATED",
                        "new in " + to.code() + ": item " + fresh.number() + " (" + fresh.title() + ")");
            }
        }
        migrations.setVersion(pledgeId, to.id(), now);
        audit.recordAction(admin, pledge.agencyId(), "PLEDGE", pledgeId, "CATALOG_MIGRATED",
                from.code() + " → " + to.code());
    }

    private CatalogVersion target(CatalogVersion from, long toVersionId) {
        CatalogVersion to = catalog.version(toVersionId);
        if (!to.published()) {
            throw new IllegalArgumentException("Publish " + to.code() + " before moving pledges to it.");
        }
        if (to.id() == from.id()) {
            throw new IllegalArgumentException("The pledge is already on " + to.code() + ".");
        }
        return to;
    }

    private static void checkMapping(CatalogVersion from, CatalogVersion to,
                                     List<CatalogMigrationRepository.ItemWork> items, Map<Long, Long> newItemOfOld) {
        Map<Long, Long> oldOfNew = new HashMap<>();
        for (Map.Entry<Long, Long> entry : newItemOfOld.entrySet()) {
            CatalogItem old = from.item(entry.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "The mapping names an item that is not in " + from.code() + "."));
            CatalogItem target = to.item(entry.getValue()).orElseThrow(() -> new IllegalArgumentException(
                    "Item " + old.number() + " is mapped to an item that is not in " + to.code() + "."));
            Long other = oldOfNew.put(target.id(), old.id());
            if (other != null) {
                throw new IllegalArgumentException("Item " + target.number() + " of " + to.code()
                        + " is mapped from two items (" + from.item(other).orElseThrow().number() + " and "
                        + old.number() + "): each new item takes at most one old item.");
            }
        }
        List<String> unmappedWithWork = items.stream()
                .filter(item -> item.hasWork() && !newItemOfOld.containsKey(item.catalogItemId()))
                .map(item -> from.item(item.catalogItemId()).orElseThrow())
                .map(old -> String.valueOf(old.number()))
                .toList();
        if (!unmappedWithWork.isEmpty()) {
            throw new IllegalArgumentException("Map item" + (unmappedWithWork.size() == 1 ? " " : "s ")
                    + String.join(", ", unmappedWithWork) + " to a new item: progress, evidence or comments are "
                    + "recorded on " + (unmappedWithWork.size() == 1 ? "it" : "them") + " and would be lost.");
        }
    }
}
