package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The services write the history that a past date's status is computed from: every change of an
 * item's own target date and of a pledge's status, with who made it and when (the service's clock,
 * the time the item or pledge itself records), in the same transaction.
 */
@SpringBootTest
class StatusHistoryIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired PledgeRepository pledgeRows;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;

    private record TargetChange(LocalDate targetOn, Long changedBy, Instant changedAt) {
    }

    private record StatusChange(String from, String to, Long changedBy, Instant changedAt) {
    }

    @Test
    void everyNewOwnTargetDateIsRecordedAndAnUnchangedOneIsNot() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeItem item = Items.item(pledges, wichita, wichita.organizationId(), 12);
        LocalDate target = pledges.overview(wichita, wichita.organizationId()).orElseThrow().signedOn().plusMonths(12);
        List<TargetChange> before = targetChanges(item.id());

        PledgeItem set = items.updateDetails(wichita, item.id(), item.version(), new ItemDetailsChange(null, target, null));
        PledgeItem ownerOnly = items.updateDetails(wichita, set.id(), set.version(),
                new ItemDetailsChange("Capt. Reyes", target, null));
        PledgeItem cleared = items.updateDetails(wichita, ownerOnly.id(), ownerOnly.version(),
                new ItemDetailsChange("Capt. Reyes", null, null));

        assertThat(targetChanges(item.id())).hasSize(before.size() + 2).endsWith(
                new TargetChange(target, wichita.id(), set.updatedAt()),
                new TargetChange(null, wichita.id(), cleared.updatedAt()));
    }

    @Test
    void everyPledgeStatusChangeIsRecordedWithWhoAndWhen() {
        CurrentUser admin = Users.signedIn(users, DemoAccounts.ADMIN);
        long agencyId = newAgency();
        long catalogVersion = jdbc.queryForObject(
                "SELECT id FROM catalog_version WHERE active ORDER BY id DESC LIMIT 1", Long.class);
        long pledgeId = pledgeRows.insertPledge(agencyId, catalogVersion, LocalDate.of(2026, 1, 15), admin.id(),
                Instant.parse("2026-01-15T10:00:00Z"));
        try {
            int version = pledgeRows.findPledge(pledgeId).orElseThrow().getVersion();

            pledges.withdraw(admin, pledgeId, version, "New chief");
            Instant withdrawnAt = pledgeRows.findPledge(pledgeId).orElseThrow().getUpdatedAt();
            Instant reinstatedAt = withdrawnAt.plusSeconds(60);
            pledgeRows.updateStatus(pledgeId, PledgeStatus.ACTIVE, null, reinstatedAt);

            assertThat(statusChanges(pledgeId)).containsExactly(
                    new StatusChange("ACTIVE", "WITHDRAWN", admin.id(), withdrawnAt),
                    new StatusChange("WITHDRAWN", "ACTIVE", null, reinstatedAt));
        } finally {
            // the other tests of this context count the agencies
            jdbc.update("DELETE FROM pledge WHERE id = ?", pledgeId);
            jdbc.update("DELETE FROM organization WHERE id = ?", agencyId);
        }
    }

    private long newAgency() {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        jdbc.update("INSERT INTO organization (kind, name, state, created_at, updated_at) VALUES ('AGENCY', ?, 'KS', ?, ?)",
                "History PD " + System.nanoTime(), now, now);
        return jdbc.queryForObject("SELECT MAX(id) FROM organization", Long.class);
    }

    private List<TargetChange> targetChanges(long itemId) {
        return jdbc.query("SELECT target_on, changed_by, changed_at FROM pledge_item_target_change "
                        + "WHERE pledge_item_id = ? ORDER BY id", (rs, n) -> new TargetChange(
                rs.getObject(1, LocalDate.class), rs.getObject(2, Long.class),
                rs.getObject(3, LocalDateTime.class).toInstant(ZoneOffset.UTC)), itemId);
    }

    private List<StatusChange> statusChanges(long pledgeId) {
        return jdbc.query("SELECT from_status, to_status, changed_by, changed_at FROM pledge_status_change "
                        + "WHERE pledge_id = ? ORDER BY id", (rs, n) -> new StatusChange(rs.getString(1),
                rs.getString(2), rs.getObject(3, Long.class), rs.getObject(4, LocalDateTime.class)
                .toInstant(ZoneOffset.UTC)), pledgeId);
    }
}
