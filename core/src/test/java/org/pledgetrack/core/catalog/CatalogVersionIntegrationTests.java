package org.pledgetrack.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.pledge.CatalogMigrationPlan;
import org.pledgetrack.core.pledge.CatalogMigrationService;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetail;
import org.pledgetrack.core.pledge.ItemWorkflow;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 18: an admin drafts, publishes and migrates to a catalog version on the real database. Each test
 * runs in a transaction that is rolled back, so the demo catalog and Dayton's pledge stay as the other
 * tests of this context expect them.
 */
@SpringBootTest
@Transactional
class CatalogVersionIntegrationTests {

    private static final String REWORDED = "Publish the use-of-force policy, the complaint process and complaint data";

    @Autowired CatalogEditorService editor;
    @Autowired CatalogService catalog;
    @Autowired CatalogMigrationService migrations;
    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;

    /** What must survive a migration, per pledge item id. */
    private record Kept(String status, List<Long> evidenceIds, List<Long> commentIds, List<Long> statusChangeIds,
                        int historyEntries) {
    }

    @Test
    void daytonMovesToAVersionWithOneRewordedItemAndKeepsEverything() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long agencyId = dayton.organizationId();
        PledgeItem two = Items.item(pledges, dayton, agencyId, 2);
        PledgeItem open = openToEvidence(pledges.overview(dayton, agencyId).orElseThrow());
        evidence.addFile(dayton, open.id(), Items.pdf(), "use-of-force.pdf", "Our policy");
        items.addComment(dayton, two.id(), "Published on the city's site");
        PledgeOverview before = pledges.overview(dayton, agencyId).orElseThrow();
        Map<Long, Kept> keptBefore = kept(admin, before);

        CatalogVersion published = publishedWithItemTwoReworded(admin);
        CatalogMigrationPlan plan = migrations.plan(admin, before.pledgeId(), published.id());
        Map<Long, Long> mapping = new HashMap<>();
        plan.lines().forEach(line -> mapping.put(line.oldItem().id(), line.proposedItemId()));
        migrations.migrate(admin, before.pledgeId(), published.id(), mapping);

        PledgeOverview after = pledges.overview(dayton, agencyId).orElseThrow();
        assertThat(after.catalogTitle()).isEqualTo(published.title());
        assertThat(Items.item(pledges, dayton, agencyId, 2).title()).isEqualTo(REWORDED);
        assertThat(Items.item(pledges, dayton, agencyId, 2).id()).isEqualTo(two.id());
        // the one status rule gives the same numbers
        assertThat(after.scheduleStatus()).isEqualTo(before.scheduleStatus());
        assertThat(after.expectedPercent()).isEqualByComparingTo(before.expectedPercent());
        assertThat(after.totals()).isEqualTo(before.totals());
        // every status, evidence row, comment and status change stays; the history gains the migration
        Map<Long, Kept> keptAfter = kept(admin, after);
        assertThat(keptAfter.keySet()).isEqualTo(keptBefore.keySet());
        keptBefore.forEach((itemId, was) -> {
            Kept now = keptAfter.get(itemId);
            assertThat(now.status()).isEqualTo(was.status());
            assertThat(now.evidenceIds()).isEqualTo(was.evidenceIds());
            assertThat(now.commentIds()).isEqualTo(was.commentIds());
            assertThat(now.statusChangeIds()).isEqualTo(was.statusChangeIds());
            assertThat(now.historyEntries()).isEqualTo(was.historyEntries() + 1);
        });
        ItemDetail reworded = items.detail(admin, two.id());
        assertThat(reworded.history().getLast().action()).isEqualTo("CATALOG_MIGRATED");
        assertThat(reworded.history().getLast().newValue()).contains("item 2 of 2023").contains(REWORDED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pledge_catalog_migration_item m "
                + "JOIN pledge_catalog_migration c ON c.id = m.migration_id WHERE c.pledge_id = ?", Integer.class,
                before.pledgeId())).isEqualTo(25);
    }

    @Test
    void aPublishedVersionCannotBeEditedThroughTheServiceOrTheDatabase() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        CatalogVersion current = catalog.currentVersion();

        assertThatThrownBy(() -> editor.saveDraft(admin, current.id(), CatalogDraft.of(current)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("published catalog version cannot change");
        assertThatThrownBy(() -> editor.deleteDraft(admin, current.id())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> jdbc.update("UPDATE catalog_item SET title = 'Changed' WHERE catalog_version_id = ?",
                current.id())).isInstanceOf(DataAccessException.class).hasMessageContaining("cannot change");
        assertThatThrownBy(() -> jdbc.update("UPDATE catalog_version SET title = 'Changed' WHERE id = ?", current.id()))
                .isInstanceOf(DataAccessException.class);
        assertThat(editor.version(admin, current.id()).items().getFirst().title())
                .isEqualTo(current.items().getFirst().title());
    }

    @Test
    void onlyAdminsDraftPublishAndMigrate() {
        long current = catalog.currentVersion().id();
        for (String username : List.of(DemoAccounts.DAYTON_AGENCY, DemoAccounts.TA_STAFF, DemoAccounts.OVERSEER)) {
            CurrentUser user = Users.signedIn(users, username);
            assertThatThrownBy(() -> editor.startDraft(user, current)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.allVersions(user)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> editor.publish(user, current)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> migrations.migrate(user, 1, current, Map.of()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void anItemWithProgressMustBeMappedAndADraftIsNotOfferedToPledges() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long pledgeId = pledges.overview(dayton, dayton.organizationId()).orElseThrow().pledgeId();
        long draftId = editor.startDraft(admin, catalog.currentVersion().id());
        assertThat(catalog.versions()).extracting(CatalogVersion::id).doesNotContain(draftId);
        assertThatThrownBy(() -> migrations.migrate(admin, pledgeId, draftId, Map.of()))
                .hasMessageContaining("Publish");

        CatalogVersion published = editor.publish(admin, draftId);
        assertThatThrownBy(() -> migrations.migrate(admin, pledgeId, published.id(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("would be lost");
        assertThat(jdbc.queryForObject("SELECT catalog_version_id FROM pledge WHERE id = ?", Long.class, pledgeId))
                .isNotEqualTo(published.id());
    }

    private CatalogVersion publishedWithItemTwoReworded(CurrentUser admin) {
        long draftId = editor.startDraft(admin, catalog.currentVersion().id());
        CatalogDraft draft = CatalogDraft.of(editor.version(admin, draftId));
        List<CatalogDraft.Area> areas = new ArrayList<>(draft.areas());
        CatalogDraft.Area first = areas.getFirst();
        List<CatalogDraft.Item> firstItems = new ArrayList<>(first.items());
        CatalogDraft.Item old = firstItems.get(1);
        firstItems.set(1, new CatalogDraft.Item(REWORDED, old.description(), old.kind(), "IACP's 2025 list",
                true, null, List.of(new ItemResource("IACP model policy", "https://www.theiacp.org/resources"))));
        areas.set(0, new CatalogDraft.Area(first.name(), first.description(), firstItems));
        editor.saveDraft(admin, draftId, new CatalogDraft("2025", "Trust Building Campaign, 2025 edition",
                "Item 2 reworded", areas));
        return editor.publish(admin, draftId);
    }

    private static PledgeItem openToEvidence(PledgeOverview overview) {
        return overview.areas().stream().flatMap(area -> area.items().stream())
                .filter(item -> ItemWorkflow.evidenceEditable(item.status())).findFirst().orElseThrow();
    }

    private Map<Long, Kept> kept(CurrentUser admin, PledgeOverview overview) {
        Map<Long, Kept> kept = new HashMap<>();
        overview.areas().stream().flatMap(area -> area.items().stream()).forEach(item -> kept.put(item.id(),
                new Kept(item.status().name(),
                        ids("SELECT id FROM evidence WHERE pledge_item_id = ? ORDER BY id", item.id()),
                        ids("SELECT id FROM item_comment WHERE pledge_item_id = ? ORDER BY id", item.id()),
                        ids("SELECT id FROM pledge_item_status_change WHERE pledge_item_id = ? ORDER BY id", item.id()),
                        items.detail(admin, item.id()).history().size())));
        return kept;
    }

    private List<Long> ids(String sql, long itemId) {
        return jdbc.queryForList(sql, Long.class, itemId);
    }
}
