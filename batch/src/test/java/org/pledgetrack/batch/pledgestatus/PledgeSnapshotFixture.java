package org.pledgetrack.batch.pledgestatus;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Builds the edge cases of a pledge status snapshot with plain SQL, next to the demo data: a pledge
 * signed on a leap day, one with every item verified, a withdrawn one, one past its 36 months, an
 * agency without a pledge, one whose pledge starts after the as-of date, returned items, and
 * agencies with and without TA staff.
 */
final class PledgeSnapshotFixture {

    static final LocalDateTime CREATED = LocalDateTime.of(2020, 1, 1, 0, 0);

    final long leapDayAgency;
    final long allVerifiedAgency;
    final long withdrawnAgency;
    final long overdueAgency;
    final long noPledgeAgency;
    final long futurePledgeAgency;
    final long taStaffUser;
    final long taProvider;

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
        long leapPledge = pledge(leapDayAgency, LocalDate.of(2024, 2, 29), "ACTIVE");
        items(leapPledge, "VVVVVSSSRRI", LocalDateTime.of(2028, 2, 20, 9, 30));
        // one submission and one activity after the as-of dates the tests use
        jdbc.update("UPDATE pledge_item SET submitted_at = ?, last_agency_activity_at = ? WHERE pledge_id = ? "
                + "AND catalog_item_id = ?", LocalDateTime.of(2028, 3, 2, 8, 0), LocalDateTime.of(2028, 3, 2, 8, 0),
                leapPledge, catalogItems.get(7));

        allVerifiedAgency = agency("All Verified PD " + tag, "ZZ");
        items(pledge(allVerifiedAgency, LocalDate.of(2026, 1, 10), "COMPLETED"), "V".repeat(25),
                LocalDateTime.of(2027, 12, 1, 15, 0));

        withdrawnAgency = agency("Withdrawn PD " + tag, "ZY");
        items(pledge(withdrawnAgency, LocalDate.of(2025, 6, 1), "WITHDRAWN"), "VVSI", LocalDateTime.of(2026, 1, 1, 0, 0));

        overdueAgency = agency("Past Due SO " + tag, "ZY");
        items(pledge(overdueAgency, LocalDate.of(2020, 1, 15), "ACTIVE"), "VVVVVVVVVVRRSI",
                LocalDateTime.of(2025, 5, 5, 23, 59));

        noPledgeAgency = agency("No Pledge PD " + tag, "ZY");

        futurePledgeAgency = agency("Future Pledge PD " + tag, "ZY");
        items(pledge(futurePledgeAgency, LocalDate.of(2028, 3, 5), "ACTIVE"), "I", LocalDateTime.of(2028, 3, 5, 0, 0));

        assign(taStaffUser, leapDayAgency);
        assign(taStaffUser, allVerifiedAgency);
        long demoTaStaff = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'ta.staff'", Long.class);
        assign(demoTaStaff, allVerifiedAgency);
    }

    static PledgeSnapshotFixture create(JdbcTemplate jdbc) {
        return new PledgeSnapshotFixture(jdbc);
    }

    private long agency(String name, String state) {
        return insert("INSERT INTO organization (kind, name, state, created_at, updated_at) VALUES ('AGENCY', ?, ?, ?, ?)",
                name, state, CREATED, CREATED);
    }

    private long pledge(long agencyId, LocalDate signedOn, String status) {
        return insert("""
                INSERT INTO pledge (agency_id, catalog_version_id, signed_on, target_on, status, closed_at, created_at,
                    updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", agencyId, catalogVersion, signedOn,
                signedOn.plusMonths(36), status, "ACTIVE".equals(status) ? null : CREATED, CREATED, CREATED);
    }

    /**
     * One item per catalog item in number order; the letters give the first items' statuses
     * (V verified, S submitted, R returned, I in progress), the rest are not started. Activity
     * moves back one day per item from {@code lastActivity}; submissions are a day before activity.
     */
    private void items(long pledgeId, String statuses, LocalDateTime lastActivity) {
        for (int i = 0; i < catalogItems.size(); i++) {
            char code = i < statuses.length() ? statuses.charAt(i) : 'N';
            String status = switch (code) {
                case 'V' -> "VERIFIED";
                case 'S' -> "SUBMITTED";
                case 'R' -> "RETURNED";
                case 'I' -> "IN_PROGRESS";
                default -> "NOT_STARTED";
            };
            LocalDateTime activity = code == 'N' ? null : lastActivity.minusDays(i);
            LocalDateTime submitted = code == 'V' || code == 'S' ? lastActivity.minusDays(i + 1) : null;
            jdbc.update("""
                    INSERT INTO pledge_item (pledge_id, catalog_item_id, status, submitted_at, verified_at,
                        last_agency_activity_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    pledgeId, catalogItems.get(i), status, submitted, code == 'V' ? activity : null, activity, CREATED);
        }
    }

    /** Another TA staff member of the fixture's provider, assigned to no agency yet. */
    long addTaStaff(String name) {
        return insert("""
                INSERT INTO app_user (username, password_hash, display_name, email, role, organization_id, created_at,
                    updated_at) VALUES (?, 'x', ?, 'fixture@example.org', 'TA_STAFF', ?, ?, ?)""",
                "fixture." + name + "." + Long.toString(System.nanoTime(), 36), name, taProvider, CREATED, CREATED);
    }

    String username(long userId) {
        return jdbc.queryForObject("SELECT username FROM app_user WHERE id = ?", String.class, userId);
    }

    void assign(long userId, long agencyId) {
        jdbc.update("INSERT INTO ta_agency_assignment (user_id, agency_id, created_at) VALUES (?, ?, ?)",
                userId, agencyId, CREATED);
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
