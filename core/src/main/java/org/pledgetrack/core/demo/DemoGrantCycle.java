package org.pledgetrack.core.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.pledgetrack.core.actionplan.ActionPlanNarrative;
import org.pledgetrack.core.actionplan.ActionPlanRepository;
import org.pledgetrack.core.actionplan.ActionPlanState;
import org.pledgetrack.core.actionplan.TaskPlan;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.agency.NewOrganization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationRepository;
import org.pledgetrack.core.assignment.TaAssignmentRepository;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantPhase;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.grant.NewDeliverable;
import org.pledgetrack.core.grant.NewGrant;
import org.pledgetrack.core.grant.PartnerRole;
import org.springframework.stereotype.Component;

/**
 * The two invented grants that show the grant cycle at work today, both marked "(demo)" in their
 * title and site: a FY2025 continuation of Wichita's site in its implementation phase, whose
 * approved Action Plan's tasks are being tracked, and a FY2026 Sedgwick County site (Wichita PD a
 * partner) in its planning phase with an Action Plan draft. The TA staff member is assigned to both.
 */
@Component
class DemoGrantCycle {

    /** Who the demo's grants are for and who works on them. */
    record Parties(long wichita, long housing, long newman, long sedgwickSheriff, long iacp, long provider,
                   long taStaff, long wichitaUser, long overseer) {
    }

    private final GrantRepository grants;
    private final OrganizationRepository organizations;
    private final TaAssignmentRepository assignments;
    private final DemoActionPlanRepository actionPlans;
    private final ActionPlanRepository tasks;
    private final FileStore files;
    private final Clock clock;

    DemoGrantCycle(GrantRepository grants, OrganizationRepository organizations, TaAssignmentRepository assignments,
                   DemoActionPlanRepository actionPlans, ActionPlanRepository tasks, FileStore files, Clock clock) {
        this.grants = grants;
        this.organizations = organizations;
        this.assignments = assignments;
        this.actionPlans = actionPlans;
        this.tasks = tasks;
        this.files = files;
        this.clock = clock;
    }

    /** The continuation: planning until March 2026, its Action Plan approved April 1, 2026. */
    long wichitaContinuation(Parties p, CatalogVersion version) {
        Instant now = clock.instant();
        long grantId = grants.insertGrant(new NewGrant(DemoGrantAwards.WICHITA_CONTINUATION,
                "Project HOPE continued: outreach and motel hot spots (demo)", p.housing(), p.wichita(),
                "Wichita Project HOPE continuation site (demo)", new BigDecimal("800000.00"), p.iacp(),
                LocalDate.of(2025, 10, 1), LocalDate.of(2028, 9, 30)), now);
        grants.insertPhase(grantId, GrantPhase.PLANNING, LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31));
        grants.insertPhase(grantId, GrantPhase.IMPLEMENTATION, LocalDate.of(2026, 4, 1), LocalDate.of(2028, 9, 30));
        grants.addPartner(grantId, p.housing(), PartnerRole.FISCAL_AGENT, PartnerRole.FISCAL_AGENT.label(),
                "Harper Housing (demo)", "harper.housing@example.org");
        grants.addPartner(grantId, p.wichita(), PartnerRole.LAW_ENFORCEMENT, PartnerRole.LAW_ENFORCEMENT.label(),
                "Sgt. Hope Outreach (demo)", "hope.outreach@example.org");
        grants.addPartner(grantId, p.newman(), PartnerRole.RESEARCH_PARTNER, PartnerRole.RESEARCH_PARTNER.label(),
                "Dr. Nell Research (demo)", "nell.research@example.org");
        grants.addProvider(grantId, p.provider());
        assignments.assignGrant(p.taStaff(), grantId, now);

        grants.insertDeliverable(new NewDeliverable(grantId, p.provider(), DeliverableType.PLAN_REVIEW,
                "Action Plan review", "Review of the continuation's narrative, work plan and diagram before submission.",
                LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10),
                DeliverableStatus.ACCEPTED, new BigDecimal("6.00"), 9, null,
                "Work plan timeline tightened; diagram links each strategy to a driver."), p.taStaff(), now);
        long webinar = grants.insertDeliverable(new NewDeliverable(grantId, p.provider(), DeliverableType.WEBINAR,
                "Trauma-informed response for patrol", "Webinar for patrol officers and outreach staff.",
                LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 10), null,
                DeliverableStatus.SCHEDULED, null, null, null, null), p.taStaff(), now);
        link(webinar, version, List.of(5), List.of(19));
        grants.insertDeliverable(new NewDeliverable(grantId, p.provider(), DeliverableType.PEER_EXCHANGE,
                "Peer exchange with Dayton PD outreach unit", "Two-day visit to learn from Dayton's outreach model.",
                LocalDate.of(2026, 11, 15), null, null,
                DeliverableStatus.PLANNED, null, null, null, null), p.taStaff(), now);

        long planId = actionPlans.insertPlan(grantId, new ActionPlanNarrative(
                "Calls for service cluster at two motels on South Broadway: untreated addiction, unstable housing "
                        + "and repeat trespass, per the research partner's 2025 analysis.",
                "Joint outreach shifts of officers and caseworkers; problem-oriented motel compliance; a resident "
                        + "advisory group; trauma-informed patrol response.",
                "Resident listening sessions every quarter; the advisory group reviews progress twice a year.",
                "Newman University tracks calls for service, housing placements and resident trust every six months.",
                "The city budgets the outreach shifts from fiscal year 2029; motel standards become an ordinance."),
                new DemoActionPlanRepository.PlanHistory(ActionPlanState.APPROVED, p.wichitaUser(),
                        at(LocalDate.of(2026, 3, 16)), LocalDate.of(2026, 3, 16), p.overseer(), LocalDate.of(2026, 4, 1)));
        byte[] diagram = DemoDiagram.pdf("Project HOPE continued: strategies and the crime drivers they address",
                List.of("Untreated addiction", "Unstable housing", "Repeat trespass at two motels"),
                List.of("Joint outreach shifts", "Motel compliance", "Resident advisory group"),
                Map.of(0, List.of(0, 1), 1, List.of(2), 2, List.of(2)));
        actionPlans.insertDiagram(planId, files.store(new ByteArrayInputStream(diagram), "strategies-and-drivers.pdf"),
                p.wichitaUser(), at(LocalDate.of(2026, 3, 12)));
        insertTask(planId, task(version, "Joint outreach shifts",
                "Weekly outreach shifts pairing HOPE officers with housing caseworkers at both motels",
                "WPD Homeless Outreach Team; Housing and Community Services", LocalDate.of(2026, 4, 1),
                LocalDate.of(2028, 6, 30), List.of(6), List.of(24)), TaskStatus.IN_PROGRESS, null);
        insertTask(planId, task(version, "Resident advisory group",
                "Form the resident advisory group and hold its first meeting", "Site coordinator",
                LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 31), List.of(6), List.of(22)),
                TaskStatus.DONE, LocalDate.of(2026, 7, 14));
        insertTask(planId, task(version, "Motel compliance",
                "Meet the motel owners quarterly and agree on trespass and lighting standards", "WPD Patrol South",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 10, 31), List.of(), List.of()),
                TaskStatus.IN_PROGRESS, null);
        insertTask(planId, task(version, "Trauma-informed response",
                "Patrol officers attend the TA provider's trauma-informed response webinar", "WPD Training Bureau",
                LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31), List.of(5), List.of(19)),
                TaskStatus.NOT_STARTED, null);
        insertTask(planId, task(version, "Evaluation",
                "Report calls for service, housing placements and resident trust every six months",
                "Newman University", LocalDate.of(2026, 6, 1), LocalDate.of(2028, 9, 30), List.of(), List.of()),
                TaskStatus.IN_PROGRESS, null);
        return grantId;
    }

    /** The planning site: the county's grant with the sheriff's office leading and Wichita PD a partner. */
    long sedgwickPlanningSite(Parties p, CatalogVersion version) {
        Instant now = clock.instant();
        long county = organizations.insert(NewOrganization.other(OrganizationKind.PARTNER, "Sedgwick County", "KS",
                "Wichita"), now);
        long grantId = grants.insertGrant(new NewGrant(DemoGrantAwards.SEDGWICK_PLANNING,
                "Safer K-96 corridor through place-based planning (demo)", county, p.sedgwickSheriff(),
                "Sedgwick County K-96 corridor planning site (demo)", new BigDecimal("1000000.00"), p.iacp(),
                LocalDate.of(2026, 10, 1), LocalDate.of(2029, 9, 30)), now);
        grants.insertPhase(grantId, GrantPhase.PLANNING, LocalDate.of(2026, 10, 1), LocalDate.of(2027, 9, 30));
        grants.insertPhase(grantId, GrantPhase.IMPLEMENTATION, LocalDate.of(2027, 10, 1), LocalDate.of(2029, 9, 30));
        grants.addPartner(grantId, county, PartnerRole.FISCAL_AGENT, PartnerRole.FISCAL_AGENT.label(),
                "Casey County (demo)", "casey.county@example.org");
        grants.addPartner(grantId, p.wichita(), PartnerRole.LAW_ENFORCEMENT, PartnerRole.LAW_ENFORCEMENT.label(),
                "Lt. Kay Partner (demo)", "kay.partner@example.org");
        grants.addProvider(grantId, p.provider());
        assignments.assignGrant(p.taStaff(), grantId, now);

        long planId = actionPlans.insertPlan(grantId, new ActionPlanNarrative(
                "Burglaries and car thefts along the corridor's truck stops; few residents report them.",
                "Business watch with the truck stops; a lighting survey; a resident reporting line.", null, null, null),
                new DemoActionPlanRepository.PlanHistory(ActionPlanState.DRAFT, p.wichitaUser(),
                        now.minusSeconds(3 * 86_400L), null, null, null));
        insertTask(planId, task(version, "Business watch",
                "Recruit the corridor's truck stops and motels to a business watch", "Sheriff's Office community unit",
                LocalDate.of(2027, 10, 1), LocalDate.of(2028, 3, 31), List.of(6), List.of(24)),
                TaskStatus.NOT_STARTED, null);
        insertTask(planId, task(version, "Lighting survey",
                "Survey the corridor's lighting at night with residents", "Wichita PD Patrol North",
                LocalDate.of(2027, 10, 1), LocalDate.of(2027, 12, 31), List.of(), List.of()),
                TaskStatus.NOT_STARTED, null);
        return grantId;
    }

    /** Adds the task as planned, then where it stands. */
    private void insertTask(long planId, TaskPlan task, TaskStatus status, LocalDate doneOn) {
        long taskId = tasks.insertTask(planId, task);
        if (status != TaskStatus.NOT_STARTED) {
            tasks.updateProgress(taskId, 0, status, doneOn);
        }
    }

    private static TaskPlan task(CatalogVersion version, String strategy, String task, String responsible,
                                 LocalDate start, LocalDate end, List<Integer> areaPositions, List<Integer> itemNumbers) {
        return new TaskPlan(strategy, task, responsible, start, end, areaIds(version, areaPositions),
                itemIds(version, itemNumbers));
    }

    private void link(long deliverableId, CatalogVersion version, List<Integer> areaPositions, List<Integer> itemNumbers) {
        areaIds(version, areaPositions).forEach(id -> grants.linkDeliverableToFocusArea(deliverableId, id));
        itemIds(version, itemNumbers).forEach(id -> grants.linkDeliverableToItem(deliverableId, id));
    }

    private static Set<Long> areaIds(CatalogVersion version, List<Integer> positions) {
        return version.focusAreas().stream().filter(a -> positions.contains(a.position())).map(FocusArea::id)
                .collect(Collectors.toSet());
    }

    private static Set<Long> itemIds(CatalogVersion version, List<Integer> numbers) {
        return version.items().stream().filter(i -> numbers.contains(i.number())).map(CatalogItem::id)
                .collect(Collectors.toSet());
    }

    private static Instant at(LocalDate day) {
        return day.atTime(16, 0).toInstant(ZoneOffset.UTC);
    }
}
