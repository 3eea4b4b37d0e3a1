package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency list's two-step query (a page of ids from an index or from the kept item counts, then
 * those agencies' progress) and the triggers that keep {@code pledge_progress}. Works on the demo TA's
 * five agencies, so other tests' agencies in a shared database do not matter.
 */
@SpringBootTest
class AgencyListPagingIntegrationTests {

    private static final int EVERYTHING = Integer.MAX_VALUE;

    @Autowired PledgeService pledges;
    @Autowired UserRepository users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyOrderPagesThroughTheSameAgenciesAsTheWholeListSortedByItsColumn() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        for (PortfolioQuery.Sort sort : PortfolioQuery.Sort.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                List<AgencyProgress> whole = pledges.agencyProgress(ta, query(null, sort, ascending, 0, EVERYTHING));
                assertThat(whole).as("%s %s", sort, ascending).hasSize(5)
                        .isSortedAccordingTo(displayedOrder(sort, ascending));

                List<AgencyProgress> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += 2) {
                    paged.addAll(pledges.agencyProgress(ta, query(null, sort, ascending, offset, 2)));
                }
                assertThat(paged).as("%s %s pages", sort, ascending).isEqualTo(whole);
            }
        }
    }

    @Test
    void filtersCountAndPageOnlyTheReadersAgencies() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        PortfolioQuery ohio = new PortfolioQuery(null, "oh", PortfolioQuery.Sort.VERIFIED, false, 0, 50);
        assertThat(pledges.agencyProgress(ta, ohio)).extracting(AgencyProgress::state).containsOnly("OH")
                .hasSize(pledges.countAgencies(ta, ohio));

        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        for (PortfolioQuery.Sort sort : PortfolioQuery.Sort.values()) {
            assertThat(pledges.agencyProgress(dayton, query(null, sort, true, 0, 50)))
                    .extracting(AgencyProgress::agencyId).containsExactly(dayton.organizationId());
        }
        assertThat(pledges.countAgencies(dayton, query("wichita", PortfolioQuery.Sort.AGENCY, true, 0, 50))).isZero();
        assertThat(pledges.agencyProgress(ta, query(null, PortfolioQuery.Sort.AGENCY, true, 5, 50))).isEmpty();
    }

    @Test
    void eachLinesFocusAreaSharesMatchItsPledgeOverview() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        for (AgencyProgress line : pledges.agencyProgress(ta, PortfolioQuery.all())) {
            List<AgencyProgress.AreaShare> expected = pledges.overview(ta, line.agencyId())
                    .map(overview -> overview.areas().stream().map(area -> new AgencyProgress.AreaShare(
                            area.area().name(), area.counts().of(ItemStatus.VERIFIED), area.counts().total())).toList())
                    .orElse(List.of());
            assertThat(line.areas()).as(line.agencyName()).isEqualTo(expected);
            assertThat(line.areas().stream().mapToInt(AgencyProgress.AreaShare::total).sum()).isEqualTo(line.itemsTotal());
            assertThat(line.areas().stream().mapToInt(AgencyProgress.AreaShare::verified).sum()).isEqualTo(line.verified());
        }
    }

    @Test
    @Transactional // rolled back: the account is the test's own
    void taStaffWithoutAssignmentsSeesNoAgency() {
        CurrentUser ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        users.insert(new NewUser("ta.unassigned.paging", "unused", "Unassigned TA", "ta.unassigned.paging@example.org",
                Role.TA_STAFF, ta.organizationId()), "{noop}unused", Instant.now());
        CurrentUser unassigned = Users.signedIn(users, "ta.unassigned.paging");

        assertThat(pledges.seesAnyAgency(unassigned)).isFalse();
        assertThat(pledges.countAgencies(unassigned, PortfolioQuery.all())).isZero();
        assertThat(pledges.seesAnyAgency(ta)).isTrue();
    }

    @Test
    @Transactional // rolled back: the demo pledge stays as it was
    void keptItemCountsFollowEveryInsertUpdateAndDeleteOfAnItem() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        long pledgeId = pledges.overview(dayton, dayton.organizationId()).orElseThrow().pledgeId();
        assertThat(kept(pledgeId)).isEqualTo(counted(pledgeId));

        long itemId = jdbc.queryForObject("SELECT MIN(id) FROM pledge_item WHERE pledge_id = ? AND status <> 'SUBMITTED'",
                Long.class, pledgeId);
        jdbc.update("UPDATE pledge_item SET status = 'SUBMITTED', last_agency_activity_at = '2099-01-01' WHERE id = ?",
                itemId);
        assertThat(kept(pledgeId)).isEqualTo(counted(pledgeId));
        assertThat(kept(pledgeId).get("last_agency_activity_at")).startsWith("2099-01-01");

        jdbc.update("UPDATE pledge_item SET status = 'VERIFIED', last_agency_activity_at = NULL WHERE id = ?", itemId);
        assertThat(kept(pledgeId)).isEqualTo(counted(pledgeId));

        jdbc.update("DELETE FROM pledge_item WHERE id = ?", itemId);
        assertThat(kept(pledgeId)).isEqualTo(counted(pledgeId)).containsEntry("items_total", "24");
    }

    private Map<String, String> kept(long pledgeId) {
        return asText(jdbc.queryForMap("SELECT items_total, submitted, verified, last_agency_activity_at"
                + " FROM pledge_progress WHERE pledge_id = ?", pledgeId));
    }

    private Map<String, String> counted(long pledgeId) {
        return asText(jdbc.queryForMap("SELECT COUNT(*) AS items_total, SUM(status = 'SUBMITTED') AS submitted,"
                + " SUM(status = 'VERIFIED') AS verified,"
                + " MAX(last_agency_activity_at) AS last_agency_activity_at FROM pledge_item WHERE pledge_id = ?",
                pledgeId));
    }

    /** Column values as text: counts come back as INT from the table and as BIGINT or DECIMAL when counted. */
    private static Map<String, String> asText(Map<String, Object> row) {
        Map<String, String> text = new java.util.TreeMap<>();
        row.forEach((column, value) -> text.put(column.toLowerCase(java.util.Locale.ROOT), String.valueOf(value)));
        return text;
    }

    private static PortfolioQuery query(String search, PortfolioQuery.Sort sort, boolean ascending, int offset,
                                        int limit) {
        return new PortfolioQuery(search, null, sort, ascending, offset, limit);
    }

    /** The order the grid promises for a column: nulls first when ascending, last when descending. */
    private static Comparator<AgencyProgress> displayedOrder(PortfolioQuery.Sort sort, boolean ascending) {
        Function<AgencyProgress, Comparable<?>> key = switch (sort) {
            case AGENCY -> row -> row.agencyName().toLowerCase(java.util.Locale.ROOT);
            case STATE -> AgencyProgress::state;
            // a longer-running pledge has an earlier date: ascending age is descending date
            case PLEDGE_AGE -> AgencyProgress::signedOn;
            case VERIFIED -> AgencyProgress::percentVerified;
            case WAITING -> AgencyProgress::submitted;
            case LAST_ACTIVITY -> AgencyProgress::lastAgencyActivity;
        };
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<AgencyProgress> byKey = Comparator.comparing(row -> (Comparable) key.apply(row),
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return sort == PortfolioQuery.Sort.PLEDGE_AGE != ascending ? byKey : byKey.reversed();
    }
}
