package org.pledgetrack.batch.pledgestatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.pledgetrack.batch.KeyedInsert;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Builds the edge cases of a pledge status snapshot with plain SQL, next to the demo data: a pledge
 * signed on a leap day, one with every item verified, a withdrawn one, one past its 36 months, an
 * agency without a pledge, one whose pledge starts after the as-of date, returned items, own target
 * dates set, moved and cleared, and agencies with and without TA staff. Every item and pledge has
 * the status history that leads to its current status, as the services would have written it.
 */
public final class PledgeSnapshotFixture {

    static final LocalDateTime CREATED = LocalDateTime.of(2020, 1, 1, 0, 0);

    public final long leapDayAgency;
    public final long allVerifiedAgency;
    public final long withdrawnAgency;
    public final long overdueAgency;
    public final long noPledgeAgency;
    public final long futurePledgeAgency;
    public final long ownTargetsAgency;
    public final long taStaffUser;
    public final long taProvider;

    private final JdbcTemplate jdbc;
    private final long catalogVersion;
    private final List<Long> catalogItems;

    private PledgeSnapshotFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        catalogVersion = jdbc.queryForObject(
                "SELECT id FROM catalog_version WHERE active ORDER BY id DESC LIMIT 1", Long.class);
        catalogItems = jdbc.queryForList("SELECT id FROM catalog_item WHERE catalog_version_id = ? ORDER BY number",
                Long.class, catalogVersion);
        String tag = Long.toString(System.nanoTime(), 36);
        taProvider = insert("INSERT INTO organization (kind, name, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
                "TA_PROVIDER", "Fixture TA provider " + tag, "CO", CREATED, CREATED);
        taStaffUser = insert("""
                INSERT INTO app_user (username, password_hash, display_name, email, role, organization_id, created_at,
                    updated_at) VALUES (?, 'x', 'Fixture TA', 'fixture@example.org', 'TA_STAFF', ?, ?, ?)""",
                "fixture.ta." + tag, taProvider, CREATED, CREATED);

        leapDayAgency = agency("Leap Day PD " + tag, "ZZ");
        long leapPledge = pledge(leapDayAgency, LocalDate.of(2024, 2, 29), "ACTIVE", null);
        items(leapPledge, "VVVVVSSSRRI", LocalDateTime.of(2028, 2, 20, 9, 30));
        // one item started and submitted after the as-of dates the tests use
        long lateItem = itemId(leapPledge, 11);
        change(lateItem, "NOT_STARTED", "IN_PROGRESS", LocalDateTime.of(2028, 3, 1, 8, 0));
        change(lateItem, "IN_PROGRESS", "SUBMITTED", LocalDateTime.of(2028, 3, 2, 8, 0));
        jdbc.update("UPDATE pledge_item SET status = 'SUBMITTED', submitted_at = ?, last_agency_activity_at = ? "
                + "WHERE id = ?", LocalDateTime.of(2028, 3, 2, 8, 0), LocalDateTime.of(2028, 3, 2, 8, 0), lateItem);

        allVerifiedAgency = agency("All Verified PD " + tag, "ZZ");
        items(pledge(allVerifiedAgency, LocalDate.of(2026, 1, 10), "COMPLETED", LocalDateTime.of(2027, 12, 2, 10, 0)),
                "V".repeat(25), LocalDateTime.of(2027, 12, 1, 15, 0));

        withdrawnAgency = agency("Withdrawn PD " + tag, "ZY");
        items(pledge(withdrawnAgency, LocalDate.of(2025, 6, 1), "WITHDRAWN", LocalDateTime.of(2026, 2, 1, 0, 0)),
                "VVSI", LocalDateTime.of(2026, 1, 1, 0, 0));

        overdueAgency = agency("Past Due SO " + tag, "ZY");
        items(pledge(overdueAgency, LocalDate.of(2020, 1, 15), "ACTIVE", null), "VVVVVVVVVVRRSI",
                LocalDateTime.of(2025, 5, 5, 23, 59));

        noPledgeAgency = agency("No Pledge PD " + tag, "ZY");

        futurePledgeAgency = agency("Future Pledge PD " + tag, "ZY");
        items(pledge(futurePledgeAgency, LocalDate.of(2028, 3, 5), "ACTIVE", null), "I",
                LocalDateTime.of(2028, 3, 5, 0, 0));

        ownTargetsAgency = agency("Own Targets PD " + tag, "ZZ");
        long targetsPledge = pledge(ownTargetsAgency, LocalDate.of(2027, 3, 1), "ACTIVE", null);
        items(targetsPledge, "VVI", LocalDateTime.of(2028, 1, 10, 12, 0));
        // due before the as-of dates; set and then cleared; due only from 2028-02-28 on
        target(itemId(targetsPledge, 3), LocalDate.of(2027, 12, 1), LocalDateTime.of(2027, 6, 1, 9, 0));
        target(itemId(targetsPledge, 4), LocalDate.of(2028, 1, 15), LocalDateTime.of(2027, 6, 1, 9, 0));
        target(itemId(targetsPledge, 4), null, LocalDateTime.of(2028, 2, 1, 9, 0));
        target(itemId(targetsPledge, 5), LocalDate.of(2028, 2, 28), LocalDateTime.of(2028, 2, 20, 9, 0));

        assign(taStaffUser, leapDayAgency);
        assign(taStaffUser, allVerifiedAgency);
        long demoTaStaff = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'ta.staff'", Long.class);
        assign(demoTaStaff, allVerifiedAgency);
    }

    public static PledgeSnapshotFixture create(JdbcTemplate jdbc) {
        return new PledgeSnapshotFixture(jdbc);
    }

    private long agency(String name, String state) {
        return insert("INSERT INTO organization (kind, name, state, created_at, updated_at) VALUES ('AGENCY', ?, ?, ?, ?)",
                name, state, CREATED, CREATED);
    }

    /** A pledge created long before every as-of date; {@code closedAt}: when it left ACTIVE for {@code status}. */
    private long pledge(long agencyId, LocalDate signedOn, String status, LocalDateTime closedAt) {
        long pledgeId = insert("""
                INSERT INTO pledge (agency_id, catalog_version_id, signed_on, target_on, status, closed_at, created_at,
                    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", agencyId, catalogVersion, signedOn,
                signedOn.plusMonths(36), status, closedAt, CREATED, CREATED);
        if (closedAt != null) {
            jdbc.update("INSERT INTO pledge_status_change (pledge_id, from_status, to_status, changed_at) "
                    + "VALUES (?, 'ACTIVE', ?, ?)", pledgeId, status, closedAt);
        }
        return pledgeId;
    }

    /**
     * One item per catalog item in number order; the letters give the first items' statuses
     * (V verified, S submitted, R returned, I in progress), the rest are not started. Item i's last
     * change is {@code lastActivity} minus i days; before it, the changes that lead there, each a day
     * apart: started, submitted, then verified or returned.
     */
    private void items(long pledgeId, String statuses, LocalDateTime lastActivity) {
        for (int i = 0; i < catalogItems.size(); i++) {
            char code = i < statuses.length() ? statuses.charAt(i) : 'N';
            List<String> path = switch (code) {
                case 'V' -> List.of("IN_PROGRESS", "SUBMITTED", "VERIFIED");
                case 'S' -> List.of("IN_PROGRESS", "SUBMITTED");
                case 'R' -> List.of("IN_PROGRESS", "SUBMITTED", "RETURNED");
                case 'I' -> List.of("IN_PROGRESS");
                default -> List.of();
            };
            String status = path.isEmpty() ? "NOT_STARTED" : path.getLast();
            LocalDateTime last = lastActivity.minusDays(i);
            long itemId = insert("""
                    INSERT INTO pledge_item (pledge_id, catalog_item_id, status, updated_at) VALUES (?, ?, ?, ?)""",
                    pledgeId, catalogItems.get(i), status, CREATED);
            String from = "NOT_STARTED";
            for (int step = 0; step < path.size(); step++) {
                change(itemId, from, path.get(step), last.minusDays(path.size() - 1 - step));
                from = path.get(step);
            }
        }
    }

    /** One status change of the item, and the fields the workflow sets with it. */
    private void change(long itemId, String from, String to, LocalDateTime at) {
        jdbc.update("INSERT INTO pledge_item_status_change (pledge_item_id, from_status, to_status, changed_at) "
                + "VALUES (?, ?, ?, ?)", itemId, from, to, at);
        boolean byAgency = !to.equals("VERIFIED") && !to.equals("RETURNED");
        jdbc.update("""
                UPDATE pledge_item SET submitted_at = IF(? = 'SUBMITTED', ?, submitted_at),
                    verified_at = IF(? = 'VERIFIED', ?, NULL),
                    last_agency_activity_at = IF(?, ?, last_agency_activity_at) WHERE id = ?""",
                to, at, to, at, byAgency, at, itemId);
    }

    /** A new own target date of the item ({@code null}: cleared), set at {@code at}. */
    private void target(long itemId, LocalDate targetOn, LocalDateTime at) {
        jdbc.update("UPDATE pledge_item SET target_on = ? WHERE id = ?", targetOn, itemId);
        jdbc.update("INSERT INTO pledge_item_target_change (pledge_item_id, target_on, changed_at) VALUES (?, ?, ?)",
                itemId, targetOn, at);
    }

    /** Another TA staff member of the fixture's provider, assigned to no agency yet. */
    long addTaStaff(String name) {
        return insert("""
                INSERT INTO app_user (username, password_hash, display_name, email, role, organization_id, created_at,
                    updated_at) VALUES (?, 'x', ?, 'fixture@example.org', 'TA_STAFF', ?, ?, ?)""",
                "fixture." + name + "." + Long.toString(System.nanoTime(), 36), name, taProvider, CREATED, CREATED);
    }

    /** A user of the agency, who reports its progress. */
    public long addAgencyUser(long agencyId) {
        return insert("""
                INSERT INTO app_user (username, password_hash, display_name, email, role, organization_id, created_at,
                    updated_at) VALUES (?, 'x', 'Fixture agency user', 'fixture@example.org', 'AGENCY', ?, ?, ?)""",
                "fixture.agency." + Long.toString(System.nanoTime(), 36), agencyId, CREATED, CREATED);
    }

    /** The id of the agency's latest pledge. */
    public long pledgeOf(long agencyId) {
        return jdbc.queryForObject("SELECT MAX(id) FROM pledge WHERE agency_id = ?", Long.class, agencyId);
    }

    /** The id of the pledge's item with the given index (0 = item number 1). */
    public long itemId(long pledgeId, int index) {
        return jdbc.queryForObject("SELECT id FROM pledge_item WHERE pledge_id = ? AND catalog_item_id = ?",
                Long.class, pledgeId, catalogItems.get(index));
    }

    public String username(long userId) {
        return jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, userId);
    }

    void assign(long userId, long agencyId) {
        jdbc.update("INSERT INTO ta_agency_assignment (user_id, agency_id, created_at) VALUES (?, ?, ?)",
                userId, agencyId, CREATED);
    }

    private long insert(String sql, Object... args) {
        return KeyedInsert.insert(jdbc, sql, args);
    }
}
