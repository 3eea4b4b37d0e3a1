package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.audit.AuditEntry;
import org.pledgetrack.core.audit.AuditLog;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.locking.EditConflictException;
import org.pledgetrack.core.security.AccessDeniedException;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

@GrantsIntegrationTest
class DeliverableServiceIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Autowired DeliverableService deliverables;
    @Autowired GrantService grants;
    @Autowired CatalogService catalog;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;
    @Autowired MutableClock clock;

    CurrentUser ta;
    CurrentUser wichita;
    CurrentUser dayton;
    GrantDetail wichitaGrant;

    @BeforeEach
    void setUp() {
        clock.setDate(TODAY);
        ta = Users.signedIn(users, DemoAccounts.TA_STAFF);
        wichita = Users.signedIn(users, DemoAccounts.WICHITA_AGENCY);
        dayton = Users.signedIn(users, DemoAccounts.DAYTON_AGENCY);
        wichitaGrant = grants.grant(ta, DemoGrants.wichitaCurrent(grants, ta).id());
    }

    @Test
    void taStaffPlansSchedulesAndRecordsATrainingLinkedToPledgeItemsAndTheAgencySeesItOnThoseItems() {
        CatalogItem item = item(7);
        FocusArea area = catalog.currentVersion().focusAreas().get(1);
        long id = deliverables.plan(ta, grantId(), training("Procedural justice course", LocalDate.of(2026, 12, 18),
                null, Set.of(area.id()), Set.of(item.id())));
        assertThat(deliverables.deliverable(ta, id).status()).isEqualTo(DeliverableStatus.PLANNED);

        Deliverable planned = deliverables.deliverable(ta, id);
        deliverables.edit(ta, id, planned.version(), training("Procedural justice course", LocalDate.of(2026, 12, 18),
                LocalDate.of(2026, 11, 18), Set.of(area.id()), Set.of(item.id())));
        Deliverable scheduled = deliverables.deliverable(ta, id);
        assertThat(scheduled.status()).isEqualTo(DeliverableStatus.SCHEDULED);

        deliverables.recordDelivery(ta, id, scheduled.version(), new DeliveryRecord(LocalDate.of(2026, 11, 19),
                new BigDecimal("7.5"), 28, new BigDecimal("4.4"), "Sergeants asked for a follow-up."));
        Deliverable delivered = deliverables.deliverable(wichita, id);
        assertThat(delivered.status()).isEqualTo(DeliverableStatus.DELIVERED);
        assertThat(delivered.attendees()).isEqualTo(28);
        assertThat(delivered.itemIds()).containsExactly(item.id());
        assertThat(delivered.focusAreaIds()).containsExactly(area.id());

        assertThat(deliverables.deliverablesForItem(wichita, wichita.organizationId(), item.id()))
                .extracting(Deliverable::title).containsExactly("Procedural justice course");
        assertThat(deliverables.deliverablesForItem(dayton, dayton.organizationId(), item.id())).isEmpty();
        assertThat(audit.historyOf(DeliverableService.ENTITY, id)).extracting(AuditEntry::action)
                .contains("CREATE", "UPDATE");
    }

    @Test
    void agencyConfirmsAcceptanceOfADeliveredDeliverableButCannotEditIt() {
        long id = deliverables.plan(ta, grantId(), training("Crisis intervention refresher", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 12), Set.of(), Set.of()));
        deliverables.recordDelivery(ta, id, 0, new DeliveryRecord(LocalDate.of(2026, 11, 13), null, 12, null, null));

        assertThatThrownBy(() -> deliverables.cancel(wichita, id, 1, "Not needed"))
                .isInstanceOf(AccessDeniedException.class);
        deliverables.accept(wichita, id, 1);
        Deliverable accepted = deliverables.deliverable(wichita, id);
        assertThat(accepted.status()).isEqualTo(DeliverableStatus.ACCEPTED);
        assertThat(accepted.acceptedOn()).isEqualTo(TODAY);
    }

    @Test
    void agencyOfAnotherCityCannotReadTheGrantOrItsDeliverables() {
        assertThat(grants.visibleGrants(dayton)).extracting(GrantSummary::id).doesNotContain(grantId());
        assertThatThrownBy(() -> grants.grant(dayton, grantId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> deliverables.deliverablesOf(dayton, grantId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> grants.grant(ta, 999_999)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void overdueIsDerivedFromTheClock() {
        long id = deliverables.plan(ta, grantId(), training("Data walk with residents", LocalDate.of(2026, 11, 25),
                null, Set.of(), Set.of()));
        assertThat(deliverables.deliverable(ta, id).overdue()).isFalse();
        clock.setDate(LocalDate.of(2026, 11, 26));
        assertThat(deliverables.deliverable(ta, id).overdue()).isTrue();
        assertThat(deliverables.myDeliverables(ta).overdue()).extracting(Deliverable::id).contains(id);
        assertThat(grants.visibleGrants(ta, new GrantFilter(null, null, null, true, false))).hasSize(1);
    }

    @Test
    void demoPeerExchangeIsOverdueAndListedSo() {
        assertThat(deliverables.deliverablesOf(wichita, grantId())).filteredOn(Deliverable::overdue)
                .extracting(Deliverable::type).contains(DeliverableType.PEER_EXCHANGE);
        assertThat(DemoGrants.wichitaCurrent(grants, ta).overdueDeliverables()).isPositive();
    }

    @Test
    void staleVersionIsRefusedNamingWhoChangedIt() {
        long id = deliverables.plan(ta, grantId(), training("Body-worn camera policy review", LocalDate.of(2027, 2, 1),
                null, Set.of(), Set.of()));
        deliverables.edit(ta, id, 0, training("Body-worn camera policy review (v2)", LocalDate.of(2027, 2, 1),
                null, Set.of(), Set.of()));
        assertThatThrownBy(() -> deliverables.edit(ta, id, 0, training("Lost update", LocalDate.of(2027, 2, 1),
                null, Set.of(), Set.of())))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("This deliverable was changed by " + ta.displayName());
        assertThat(deliverables.deliverable(ta, id).title()).isEqualTo("Body-worn camera policy review (v2)");
    }

    @Test
    void invalidInputIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> deliverables.plan(ta, grantId(), training("Too late", LocalDate.of(2028, 10, 1),
                null, Set.of(), Set.of())))
                .hasMessage("The due date must fall within the grant period (2025-10-01 to 2028-09-30).");
        long id = deliverables.plan(ta, grantId(), training("Roll-call briefing", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 19), Set.of(), Set.of()));
        assertThatThrownBy(() -> deliverables.recordDelivery(ta, id, 0,
                new DeliveryRecord(LocalDate.of(2026, 11, 18), null, 5, null, null)))
                .hasMessage("The delivered date cannot be before the scheduled date (2026-11-19).");
        assertThatThrownBy(() -> deliverables.recordDelivery(ta, id, 0,
                new DeliveryRecord(LocalDate.of(2026, 11, 19), null, -3, null, null)))
                .hasMessage("The attendee count cannot be negative.");
        assertThatThrownBy(() -> deliverables.cancel(ta, id, 0, " ")).hasMessage("Give a reason for cancelling.");
        deliverables.cancel(ta, id, 0, "Chief rescheduled roll call");
        assertThat(deliverables.deliverable(ta, id).cancelReason()).isEqualTo("Chief rescheduled roll call");
    }

    @Test
    void textIsMeasuredAndStoredWithoutSurroundingBlanks() {
        String description = "x".repeat(4000);
        long id = deliverables.plan(ta, grantId(), new DeliverablePlan(DeliverableType.TRAINING,
                "  Crisis intervention refresher ", "\n" + description + "  ", wichitaGrant.providers().getFirst().id(),
                LocalDate.of(2026, 12, 1), null, Set.of(), Set.of()));
        Deliverable planned = deliverables.deliverable(ta, id);
        assertThat(planned.title()).isEqualTo("Crisis intervention refresher");
        assertThat(planned.description()).isEqualTo(description);

        deliverables.recordDelivery(ta, id, planned.version(),
                new DeliveryRecord(LocalDate.of(2026, 11, 19), null, 12, null, "   "));
        assertThat(deliverables.deliverable(ta, id).outcomeNote()).isNull();
    }

    private long grantId() {
        return wichitaGrant.summary().id();
    }

    private DeliverablePlan training(String title, LocalDate due, LocalDate scheduled, Set<Long> areas, Set<Long> items) {
        return new DeliverablePlan(DeliverableType.TRAINING, title, "For officers and outreach workers.",
                wichitaGrant.providers().getFirst().id(), due, scheduled, areas, items);
    }

    private CatalogItem item(int number) {
        return catalog.currentVersion().items().stream().filter(i -> i.number() == number).findFirst().orElseThrow();
    }
}
