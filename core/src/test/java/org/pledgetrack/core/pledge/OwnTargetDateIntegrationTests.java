package org.pledgetrack.core.pledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

/**
 * Items' own target dates on the live pages, with the demo pledges: a date that has arrived makes
 * the item expected in full, a later one (even past the pledge's deadline) changes nothing, and
 * every live reader shows the same expected share and status. Every test is rolled back.
 */
@SpringBootTest
@Transactional
class OwnTargetDateIntegrationTests {

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired ScheduleRule rule;
    @Autowired UserRepository users;
    @Autowired Clock clock;

    @Test
    void sixTargetsPastTheDeadlineLeaveDaytonsStatusAndExpectedShareUnchanged() {
        CurrentUser dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        PledgeOverview before = pledges.overview(dayton, dayton.organizationId()).orElseThrow();
        LocalDate pastDeadline = before.targetOn().plusMonths(18);

        List<PledgeItem> open = allItems(before).stream().filter(item -> item.status() != ItemStatus.VERIFIED)
                .limit(6).toList();
        assertThat(open).hasSize(6);
        open.forEach(item -> setTarget(dayton, item, pastDeadline));

        PledgeOverview after = pledges.overview(dayton, dayton.organizationId()).orElseThrow();
        assertThat(allItems(after)).filteredOn(item -> pastDeadline.equals(item.targetOn())).hasSize(6);
        assertThat(after.expectedPercent()).isEqualByComparingTo(before.expectedPercent());
        assertThat(after.scheduleStatus()).isEqualTo(before.scheduleStatus());
        AgencyProgress line = pledges.agencyProgress(dayton).getFirst();
        assertThat(line.expectedPercent()).isEqualByComparingTo(before.expectedPercent());
        assertThat(line.scheduleStatus()).isEqualTo(before.scheduleStatus());
    }

    @Test
    void aTargetOnTheAsOfDateCountsInFullAndOneTheDayAfterDoesNot() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        LocalDate today = LocalDate.now(clock);
        PledgeOverview before = pledges.overview(wichita, wichita.organizationId()).orElseThrow();
        int dueBefore = (int) allItems(before).stream()
                .filter(item -> item.targetOn() != null && !item.targetOn().isAfter(today)).count();
        PledgeItem item = allItems(before).stream().filter(i -> i.targetOn() == null).findFirst().orElseThrow();

        PledgeItem tomorrow = setTarget(wichita, item, today.plusDays(1));
        assertThat(expected(wichita)).isEqualByComparingTo(before.expectedPercent());

        setTarget(wichita, tomorrow, today);
        assertThat(expected(wichita))
                .isEqualByComparingTo(rule.expectedPercent(before.signedOn(), today, 25, dueBefore + 1))
                .isGreaterThan(before.expectedPercent());
        assertThat(pledges.agencyProgress(wichita).getFirst().expectedPercent()).isEqualByComparingTo(expected(wichita));
    }

    @Test
    void theItemPageKnowsWhenItsTargetIsAfterThePledgesDeadline() {
        CurrentUser wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        PledgeOverview overview = pledges.overview(wichita, wichita.organizationId()).orElseThrow();
        PledgeItem item = allItems(overview).stream().filter(i -> i.number() == 20).findFirst().orElseThrow();

        PledgeItem onTheDeadline = setTarget(wichita, item, overview.targetOn());
        ItemDetail detail = items.detail(wichita, item.id());
        assertThat(detail.pledgeDeadline()).isEqualTo(overview.targetOn());
        assertThat(detail.targetAfterDeadline()).isFalse();

        setTarget(wichita, onTheDeadline, overview.targetOn().plusDays(1));
        assertThat(items.detail(wichita, item.id()).targetAfterDeadline()).isTrue();
    }

    @Test
    void everyLivePageShowsAnAgencysPledgeWithTheSameExpectedShareAndStatus() {
        CurrentUser overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        List<AgencyProgress> lines = pledges.agencyProgress(overseer);
        assertThat(lines).filteredOn(line -> line.pledgeId() != null).hasSizeGreaterThan(5);
        for (AgencyProgress line : lines) {
            pledges.overview(overseer, line.agencyId()).ifPresentOrElse(overview -> {
                assertThat(overview.pledgeId()).as(line.agencyName()).isEqualTo(line.pledgeId());
                assertThat(overview.expectedPercent()).as(line.agencyName()).isEqualByComparingTo(line.expectedPercent());
                assertThat(overview.scheduleStatus()).as(line.agencyName()).isEqualTo(line.scheduleStatus());
            }, () -> assertThat(line.pledgeId()).as(line.agencyName()).isNull());
        }
    }

    private BigDecimal expected(CurrentUser agency) {
        return pledges.overview(agency, agency.organizationId()).orElseThrow().expectedPercent();
    }

    private PledgeItem setTarget(CurrentUser agency, PledgeItem item, LocalDate targetOn) {
        return items.updateDetails(agency, item.id(), item.version(),
                new ItemDetailsChange(item.ownerName(), targetOn, item.notes()));
    }

    private static List<PledgeItem> allItems(PledgeOverview overview) {
        return overview.areas().stream().flatMap(area -> area.items().stream()).toList();
    }
}
