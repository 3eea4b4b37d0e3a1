package org.pledgetrack.core.authorization;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.assignment.TaAssignmentRepository;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.grant.NewGrant;
import org.pledgetrack.core.grant.TaEventFormat;
import org.pledgetrack.core.grant.TaEventKind;
import org.pledgetrack.core.grant.TaEventPlan;
import org.pledgetrack.core.notification.NotificationKind;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.Users;

/**
 * The users and records one matrix case works on, created inside the case's transaction (which
 * is rolled back), so that every case starts from the same state and nothing is left in a shared
 * database. Records are found by the agency's current item statuses, not by number, because
 * other test classes in the same JVM move demo items along the workflow.
 */
final class MatrixWorld {

    private final Services services;
    private final UserRepository userRepository;
    private final GrantRepository grantRepository;
    private final TaAssignmentRepository assignments;
    private final Clock clock;
    private final Map<Actor, CurrentUser> users = new EnumMap<>(Actor.class);

    MatrixWorld(Services services, UserRepository userRepository, GrantRepository grantRepository,
                TaAssignmentRepository assignments, Clock clock) {
        this.services = services;
        this.userRepository = userRepository;
        this.grantRepository = grantRepository;
        this.assignments = assignments;
        this.clock = clock;
        for (Actor actor : Actor.values()) {
            users.put(actor, actor.demoUsername() == null ? unassignedTaStaff() : Users.signedIn(userRepository,
                    actor.demoUsername()));
        }
    }

    CurrentUser user(Actor actor) {
        return users.get(actor);
    }

    /** Agency A's records (Wichita), with a grant, deliverable and the rest made for this case. */
    Target agencyA() {
        return recordsOf(user(Actor.AGENCY_A));
    }

    /** Agency B's records (Dayton), made the same way. */
    Target agencyB() {
        return recordsOf(user(Actor.AGENCY_B));
    }

    private CurrentUser unassignedTaStaff() {
        long providerId = Users.signedIn(userRepository, Actor.TA_ASSIGNED.demoUsername()).organizationId();
        String username = "matrix.unassigned.ta";
        userRepository.insert(new NewUser(username, null, "Una Unassigned (matrix)", username + "@example.org",
                Role.TA_STAFF, providerId), "{noop}not-a-real-password", clock.instant());
        return Users.signedIn(userRepository, username);
    }

    private Target recordsOf(CurrentUser agencyUser) {
        CurrentUser admin = user(Actor.ADMIN);
        CurrentUser ta = user(Actor.TA_ASSIGNED);
        long agencyId = agencyUser.organizationId();
        PledgeOverview pledge = services.pledges().overview(admin, agencyId).orElseThrow();
        PledgeItem open = firstItem(pledge, ItemStatus.NOT_STARTED);
        PledgeItem submitted = firstItem(pledge, ItemStatus.SUBMITTED);
        long evidenceId = services.evidence().addFile(agencyUser, open.id(), Items.pdf(), "matrix.pdf", "Matrix");
        open = firstItem(services.pledges().overview(admin, agencyId).orElseThrow(), open.id());

        long grantId = grantOf(agencyId, ta, admin.organizationId());
        long deliverableId = services.deliverables().plan(ta, grantId, plan(ta.organizationId()));
        long attachmentId = services.attachments().attach(ta, deliverableId, Items.pdf(), "agenda.pdf", "Agenda");
        var granteeReport = services.grants().reportSchedule(admin, grantId).getFirst();
        long reportAttachmentId = services.progressReports().attach(agencyUser, granteeReport.id(), Items.pdf(),
                "progress.pdf");
        long requestId = services.requests().submit(agencyUser,
                new NewTaRequest(grantId, "Matrix topic", null, null, "Matrix description", Urgency.NORMAL));
        var request = services.requests().request(admin, requestId);
        long reportFileId = services.reports().request(agencyUser, ReportType.AGENCY_ITEMS, ReportFormat.CSV,
                LocalDate.now(clock), new ReportFilters(null, null, null, null, agencyId)).id();
        long definitionId = services.reports().saveDefinition(user(Actor.OVERSEER), "Matrix " + agencyId,
                ReportType.AGENCY_STATUS, ReportFormat.CSV, ReportFilters.NONE, "0 0 6 1 * *").id();
        long eventId = services.events().create(ta, event(ta.organizationId(), grantId));
        long tokenId = services.tokens().create(agencyUser, DemoAccounts.PASSWORD, "matrix", 30).token().id();
        services.notifications().notify(agencyUser.id(), NotificationKind.ITEM_RETURNED, "Matrix notification",
                "body", "my-pledge", "matrix:" + agencyUser.id());
        long notificationId = services.notifications().latest(agencyUser).stream()
                .filter(n -> n.title().equals("Matrix notification")).findFirst().orElseThrow().id();

        return new Target(agencyId, agencyUser.id(), ta.organizationId(), services.catalog().currentVersion().id(), pledge.pledgeId(), pledge.version(), open.id(), open.version(),
                submitted.id(), submitted.version(), open.catalogItemId(), evidenceId, grantId, deliverableId,
                services.deliverables().deliverable(admin, deliverableId).version(), attachmentId,
                granteeReport.id(), granteeReport.version(), reportAttachmentId, request, requestId, request.version(), reportFileId,
                definitionId, tokenId, notificationId, eventId, services.events().event(admin, eventId).version());
    }

    /** A grant with the agency as grantee and lead agency, the TA staff's provider and assignment. */
    private long grantOf(long agencyId, CurrentUser ta, long overseerOrgId) {
        long grantId = grantRepository.insertGrant(new NewGrant("MATRIX-" + agencyId, "Matrix grant", agencyId,
                agencyId, "Matrix site", new BigDecimal("100000.00"), overseerOrgId, LocalDate.of(2025, 1, 1),
                LocalDate.of(2028, 12, 31)), clock.instant());
        grantRepository.addProvider(grantId, ta.organizationId());
        assignments.assignGrant(ta.id(), grantId, clock.instant());
        return grantId;
    }

    static DeliverablePlan plan(long providerOrgId) {
        return new DeliverablePlan(DeliverableType.WEBINAR, "Matrix webinar", null, providerOrgId,
                LocalDate.of(2027, 6, 30), null, Set.of(), Set.of());
    }

    /** A planned webinar for the grant's site, by the TA staff member's provider. */
    static TaEventPlan event(long providerOrgId, long grantId) {
        return new TaEventPlan(providerOrgId, "Matrix webinar for many sites", TaEventKind.WEBINAR,
                TaEventFormat.VIRTUAL, LocalDate.of(2027, 6, 30), null, false, List.of(TaEventPlan.Site.grant(grantId, null)));
    }

    private static PledgeItem firstItem(PledgeOverview pledge, ItemStatus status) {
        return items(pledge).stream().filter(item -> item.status() == status).findFirst().orElseThrow();
    }

    private static PledgeItem firstItem(PledgeOverview pledge, long itemId) {
        return items(pledge).stream().filter(item -> item.id() == itemId).findFirst().orElseThrow();
    }

    private static List<PledgeItem> items(PledgeOverview pledge) {
        return pledge.areas().stream().flatMap(area -> area.items().stream()).toList();
    }
}
