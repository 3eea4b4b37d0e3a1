package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pledgetrack.db.Tables.BCJI_GRANT;
import static org.pledgetrack.db.Tables.ORGANIZATION;
import static org.pledgetrack.db.Tables.TA_DELIVERABLE;
import static org.pledgetrack.db.Tables.TA_EVENT;
import static org.pledgetrack.db.Tables.TA_EVENT_SITE;
import static org.pledgetrack.db.Tables.APP_USER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.agency.NewOrganization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may plan and change a TA event, and how its grants' deliverables follow it. */
@GrantsIntegrationTest
class TaEventServiceIntegrationTests {

    @Autowired TaEventService events;
    @Autowired DeliverableService deliverables;
    @Autowired GrantRepository grantRepository;
    @Autowired OrganizationRepository organizations;
    @Autowired UserRepository users;
    @Autowired DSLContext dsl;
    @Autowired MutableClock clock;

    CurrentUser wichita;
    CurrentUser dayton;
    CurrentUser overseer;
    CurrentUser admin;
    CurrentUser ta;
    CurrentUser otherProvidersTa;
    final List<Long> grants = new ArrayList<>();
    long otherProvider;

    @BeforeEach
    void setUp() {
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        overseer = Users.signedIn(users, DemoAccounts.OVERSEER);
        admin = Users.signedIn(users, DemoAccounts.ADMIN);
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        otherProvider = organizations.insert(NewOrganization.other(OrganizationKind.TA_PROVIDER,
                "Other provider (test)", "KS", "Topeka"), clock.instant());
        users.insert(new NewUser("other.provider.ta", null, "Otto Other (test)", "otto@example.org", Role.TA_STAFF,
                otherProvider), "{noop}not-a-real-password", clock.instant());
        otherProvidersTa = Users.signedIn(users, "other.provider.ta");
        for (String site : List.of("North", "South", "East")) {
            long grantId = grantRepository.insertGrant(new NewGrant("EVENTS-" + site, "Event test grant",
                    wichita.organizationId(), wichita.organizationId(), site + " site", new BigDecimal("1.00"), null,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31)), clock.instant());
            grantRepository.addProvider(grantId, ta.organizationId());
            grants.add(grantId);
        }
    }

    @AfterEach
    void deleteFixtures() {
        dsl.deleteFrom(TA_DELIVERABLE).where(TA_DELIVERABLE.GRANT_ID.in(grants)).execute();
        dsl.deleteFrom(TA_EVENT).where(TA_EVENT.ID.in(DSL.select(TA_EVENT_SITE.EVENT_ID).from(TA_EVENT_SITE)
                .where(TA_EVENT_SITE.GRANT_ID.in(grants)))).execute();
        dsl.deleteFrom(BCJI_GRANT).where(BCJI_GRANT.ID.in(grants)).execute();
        dsl.deleteFrom(APP_USER).where(APP_USER.ID.eq(otherProvidersTa.id())).execute();
        dsl.deleteFrom(ORGANIZATION).where(ORGANIZATION.ID.eq(otherProvider)).execute();
    }

    @Test
    void taStaffOfTheProviderPlanAnEventThatBecomesOneDeliverableOnEachGrant() {
        long eventId = events.create(ta, convening(false, null, null, null));

        for (long grantId : grants) {
            assertThat(deliverables.deliverablesOf(admin, grantId)).singleElement().satisfies(d -> {
                assertThat(d.ofEvent()).isTrue();
                assertThat(d.status()).isEqualTo(DeliverableStatus.SCHEDULED);
                assertThat(d.type()).isEqualTo(DeliverableType.CONVENING);
            });
            assertThat(events.eventsOfGrant(wichita, grantId)).extracting(TaEvent::id).containsExactly(eventId);
        }
        assertThat(events.event(overseer, eventId).sites()).hasSize(3);
    }

    @Test
    void recordingTheEventAsHeldDeliversEachGrantsDeliverableWithItsSitesAttendance() {
        long eventId = events.create(ta, convening(false, null, null, null));
        TaEvent planned = events.event(ta, eventId);

        events.update(ta, eventId, planned.version(), convening(true, 12, 8, 5));

        assertThat(deliverables.deliverablesOf(admin, grants.get(1))).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(DeliverableStatus.DELIVERED);
            assertThat(d.attendees()).isEqualTo(8);
            assertThat(d.hours()).isEqualByComparingTo("6");
        });
        assertThat(events.event(admin, eventId).totalAttendees()).isEqualTo(25);
    }

    @Test
    void onlyTaStaffOfTheProviderAndAdminsChangeAnEventOverseersAndServedAgenciesReadIt() {
        long eventId = events.create(ta, convening(false, null, null, null));
        int version = events.event(ta, eventId).version();

        assertThatThrownBy(() -> events.update(otherProvidersTa, eventId, version, convening(true, 1, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.update(overseer, eventId, version, convening(true, 1, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.update(wichita, eventId, version, convening(true, 1, 1, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.create(otherProvidersTa, convening(false, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> events.event(dayton, eventId)).isInstanceOf(AccessDeniedException.class);
        assertThat(events.event(wichita, eventId).title()).isEqualTo("National convening of new sites");
        assertThat(events.canEdit(overseer, eventId)).isFalse();
        assertThat(events.canEdit(ta, eventId)).isTrue();

        events.update(admin, eventId, version, convening(true, 1, 1, 1));
        assertThat(events.event(overseer, eventId).status()).isEqualTo(TaEventStatus.HELD);
    }

    @Test
    void anEventsDeliverableIsChangedOnTheEventNotOnItsOwn() {
        events.create(ta, convening(false, null, null, null));
        Deliverable ofEvent = deliverables.deliverablesOf(admin, grants.getFirst()).getFirst();

        assertThatThrownBy(() -> deliverables.cancel(admin, ofEvent.id(), ofEvent.version(), "Not needed"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("change it on the event");
    }

    @Test
    void aGrantNoLongerServedLosesTheEventsDeliverableUnlessItAcceptedIt() {
        long eventId = events.create(ta, convening(true, 4, 4, 4));
        Deliverable first = deliverables.deliverablesOf(admin, grants.getFirst()).getFirst();
        deliverables.accept(wichita, first.id(), first.version());
        TaEvent held = events.event(ta, eventId);
        TaEventPlan withoutFirst = plan(true, List.of(TaEventPlan.Site.grant(grants.get(1), 4)));

        assertThatThrownBy(() -> events.update(ta, eventId, held.version(), withoutFirst))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stays served");

        events.update(ta, eventId, held.version(), plan(true, List.of(TaEventPlan.Site.grant(grants.get(0), 4),
                TaEventPlan.Site.grant(grants.get(1), 4))));
        assertThat(deliverables.deliverablesOf(admin, grants.get(2))).isEmpty();
        assertThat(deliverables.deliverablesOf(admin, grants.get(0))).singleElement()
                .extracting(Deliverable::status).isEqualTo(DeliverableStatus.ACCEPTED);
    }

    @Test
    void aHeldEventStaysHeldAndCannotBeHeldInTheFuture() {
        long eventId = events.create(ta, convening(true, 1, 1, 1));
        int version = events.event(ta, eventId).version();

        assertThatThrownBy(() -> events.update(ta, eventId, version, convening(false, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot go back to planned");
        TaEventPlan future = new TaEventPlan(ta.organizationId(), "Later", TaEventKind.WEBINAR, TaEventFormat.VIRTUAL,
                LocalDate.now(clock).plusDays(1), null, true, List.of(TaEventPlan.Site.grant(grants.getFirst(), 1)));
        assertThatThrownBy(() -> events.create(ta, future)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("future");
    }

    private TaEventPlan convening(boolean held, Integer north, Integer south, Integer east) {
        return plan(held, List.of(TaEventPlan.Site.grant(grants.get(0), north),
                TaEventPlan.Site.grant(grants.get(1), south), TaEventPlan.Site.grant(grants.get(2), east)));
    }

    private TaEventPlan plan(boolean held, List<TaEventPlan.Site> sites) {
        return new TaEventPlan(ta.organizationId(), "National convening of new sites", TaEventKind.CONVENING,
                TaEventFormat.IN_PERSON, LocalDate.of(2026, 10, 14), new BigDecimal("6"), held, sites);
    }
}
