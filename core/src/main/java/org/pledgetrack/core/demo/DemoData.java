package org.pledgetrack.core.demo;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.agency.AgencyType;
import org.pledgetrack.core.agency.NewOrganization;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationRepository;
import org.pledgetrack.core.assignment.TaAssignmentRepository;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.catalog.FocusArea;
import org.pledgetrack.core.files.FileStore;
import org.pledgetrack.core.files.StoredFile;
import org.pledgetrack.core.grant.DeliverableStatus;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.GrantPhase;
import org.pledgetrack.core.grant.GrantRepository;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeReportCalendar;
import org.pledgetrack.core.grant.NewDeliverable;
import org.pledgetrack.core.grant.NewGrant;
import org.pledgetrack.core.grant.PartnerRole;
import org.pledgetrack.core.grant.ReportReview;
import org.pledgetrack.core.pledge.EvidenceDates;
import org.pledgetrack.core.pledge.EvidenceRepository;
import org.pledgetrack.core.pledge.PledgeRepository;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.core.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, plausible world: twelve real agencies in several states (Wichita PD, Dayton PD, …) with
 * their FBI ORIs where a public source confirmed them (see {@link DemoNotice#TEXT} for those it did
 * not), invented pledges at different stages, Wichita's real FY2020 BCJI award (October 2020 –
 * September 2023, made to the city's Housing and Community Services Department with Newman University
 * as research partner), closed, with invented TA deliverables and reports; invented grants for today's
 * work ({@link DemoGrantCycle}: Wichita's continuation in implementation, a Sedgwick County site in
 * planning), an invented grant for Dayton's corridor site whose funds are at risk, an invented
 * Albuquerque grant that the demo's TA events for several sites also served ({@link DemoTaEvents}), a TA
 * provider and the overseer.
 */
@Component
public class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final int EARLY_REPORT_DAYS = 5;
    private static final int LATE_REPORT_DAYS = 9;
    private static final int RETURN_AFTER_DAYS = 6;
    private static final String RETURN_COMMENT = "Add how many people the outreach shifts housed this period, "
            + "and say why the motel compliance meetings slipped.";

    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final TaAssignmentRepository assignments;
    private final PledgeRepository pledges;
    private final GrantRepository grants;
    private final GrantService grantService;
    private final DemoHistoryRepository histories;
    private final FileStore files;
    private final EvidenceRepository evidence;
    private final CatalogService catalog;
    private final PasswordEncoder passwordEncoder;
    private final DemoNotice notice;
    private final DemoGrantCycle grantCycle;
    private final DemoTaEvents taEvents;
    private final Clock clock;

    DemoData(OrganizationRepository organizations, UserRepository users, TaAssignmentRepository assignments,
             PledgeRepository pledges, GrantRepository grants, GrantService grantService,
             DemoHistoryRepository histories, FileStore files, EvidenceRepository evidence, CatalogService catalog,
             PasswordEncoder passwordEncoder, DemoNotice notice, DemoGrantCycle grantCycle, DemoTaEvents taEvents,
             Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.assignments = assignments;
        this.pledges = pledges;
        this.grants = grants;
        this.grantService = grantService;
        this.histories = histories;
        this.files = files;
        this.evidence = evidence;
        this.catalog = catalog;
        this.passwordEncoder = passwordEncoder;
        this.notice = notice;
        this.grantCycle = grantCycle;
        this.taEvents = taEvents;
        this.clock = clock;
    }

    /** Loads everything when the database has no accounts yet; returns whether it did. */
    @Transactional
    public boolean loadIfEmpty() {
        if (users.count() > 0) {
            return false;
        }
        long started = System.nanoTime();
        Instant now = clock.instant();
        long iacp = organizations.insert(NewOrganization.other(OrganizationKind.OVERSEER,
                "International Association of Chiefs of Police", "VA", "Alexandria"), now);
        organizations.insert(NewOrganization.other(OrganizationKind.FUNDER,
                "Bureau of Justice Assistance", "DC", "Washington"), now);
        long provider = organizations.insert(NewOrganization.other(OrganizationKind.TA_PROVIDER,
                "Safe Night Training Collaborative", "CO", "Denver"), now);
        long housing = organizations.insert(NewOrganization.other(OrganizationKind.PARTNER,
                "City of Wichita Housing and Community Services Department", "KS", "Wichita"), now);
        long newman = organizations.insert(NewOrganization.other(OrganizationKind.PARTNER,
                "Newman University", "KS", "Wichita"), now);

        Map<String, Long> agency = new HashMap<>();
        agencies().forEach(a -> agency.put(a.ori(), organizations.insert(a, now)));
        long wichita = agency.get("KS0870300");
        long dayton = agency.get("OH0570200");

        long admin = account(DemoAccounts.ADMIN, "Avery Admin (demo)", Role.ADMIN, iacp);
        long overseer = account(DemoAccounts.OVERSEER, "Olive Overseer (demo)", Role.OVERSEER, iacp);
        long taStaff = account(DemoAccounts.TA_STAFF, "Theo Advisor (demo)", Role.TA_STAFF, provider);
        Map<String, Long> agencyUser = Map.of(
                "KS0870300", account(DemoAccounts.WICHITA_AGENCY, "Wren Wichita (demo)", Role.AGENCY, wichita),
                "OH0570200", account(DemoAccounts.DAYTON_AGENCY, "Dale Dayton (demo)", Role.AGENCY, dayton));
        for (String ori : List.of("KS0870300", "OH0570200", "KS0870000", "OHCOP0000", "OK0720500")) {
            assignments.assignAgency(taStaff, agency.get(ori), now);
        }

        CatalogVersion version = catalog.currentVersion();
        for (DemoPledge pledge : pledges()) {
            long pledgeId = pledge(pledge, agency.get(pledge.ori()), agencyUser.get(pledge.ori()), version, admin,
                    taStaff, overseer, now);
            if (pledge.ori().equals("KS0870300")) {
                wichitaPolicyDocuments(pledgeId, agencyUser.get("KS0870300"));
            }
        }

        long wichitaUser = agencyUser.get("KS0870300");
        long grantId = wichitaGrant(wichita, housing, newman, iacp, provider, taStaff, version);
        granteeReports(grantId, wichitaUser, overseer, false, ReportReview.ACCEPTED);
        long daytonGrantId = daytonGrant(dayton, iacp, provider, now);
        granteeReports(daytonGrantId, agencyUser.get("OH0570200"), overseer, true, ReportReview.SUBMITTED);
        DemoGrantCycle.Parties parties = new DemoGrantCycle.Parties(wichita, housing, newman, agency.get("KS0870000"),
                iacp, provider, taStaff, wichitaUser, overseer);
        long continuation = grantCycle.wichitaContinuation(parties, version);
        granteeReports(continuation, wichitaUser, overseer, false, ReportReview.RETURNED);
        histories.findCurrentReport(continuation, LocalDate.now(clock)).ifPresent(reportId -> histories.draftReport(
                reportId, "Outreach shifts continued weekly at both motels; the advisory group met twice.",
                wichitaUser, now.minusSeconds(2 * 86_400L)));
        grantCycle.sedgwickPlanningSite(parties, version);
        long albuquerqueGrantId = albuquerqueGrant(agency.get("NM0010100"), iacp, provider, now);
        taEvents.record(provider, continuation, daytonGrantId, albuquerqueGrantId, agency.get("OHCOP0000"));
        grantService.ensureAllReportSchedules();
        notice.recordLoad(now);
        log.info("Demo data loaded: {} agencies, 5 demo accounts, 5 BCJI grants, in {} ms", agency.size(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /**
     * Real agencies. The ORIs of Wichita, Dayton, Columbus, Albuquerque, Madison, Spokane and Burlington
     * PD are the FBI's as public crime-data sources give them; the others (Tulsa's among them) no source
     * at hand confirmed, and {@link DemoNotice#TEXT} marks them "demo ORI, not verified".
     */
    private static List<NewOrganization> agencies() {
        return List.of(
                NewOrganization.agency("Wichita Police Department", "KS0870300", "KS", "Wichita", AgencyType.MUNICIPAL, 640, 397_000),
                NewOrganization.agency("Dayton Police Department", "OH0570200", "OH", "Dayton", AgencyType.MUNICIPAL, 350, 137_000),
                NewOrganization.agency("Sedgwick County Sheriff's Office", "KS0870000", "KS", "Wichita", AgencyType.COUNTY_SHERIFF, 180, 525_000),
                NewOrganization.agency("Columbus Division of Police", "OHCOP0000", "OH", "Columbus", AgencyType.MUNICIPAL, 1_900, 907_000),
                NewOrganization.agency("Tulsa Police Department", "OK0720500", "OK", "Tulsa", AgencyType.MUNICIPAL, 800, 411_000),
                NewOrganization.agency("Albuquerque Police Department", "NM0010100", "NM", "Albuquerque", AgencyType.MUNICIPAL, 870, 561_000),
                NewOrganization.agency("Madison Police Department", "WI0130100", "WI", "Madison", AgencyType.MUNICIPAL, 480, 280_000),
                NewOrganization.agency("Durham Police Department", "NC0320100", "NC", "Durham", AgencyType.MUNICIPAL, 500, 296_000),
                NewOrganization.agency("Spokane Police Department", "WA0320400", "WA", "Spokane", AgencyType.MUNICIPAL, 310, 230_000),
                NewOrganization.agency("Burlington Police Department", "VT0040100", "VT", "Burlington", AgencyType.MUNICIPAL, 75, 45_000),
                NewOrganization.agency("University of Kansas Public Safety Office", "KS0230200", "KS", "Lawrence", AgencyType.UNIVERSITY, 60, 28_000),
                NewOrganization.agency("Kansas Highway Patrol", "KSKHP0000", "KS", "Topeka", AgencyType.STATE_POLICE, 500, 2_940_000));
    }

    private static List<DemoPledge> pledges() {
        return List.of(
                DemoPledge.active("KS0870300", LocalDate.of(2025, 3, 3), 9, 4, 3, 1),
                DemoPledge.active("OH0570200", LocalDate.of(2024, 6, 14), 16, 3, 2, 0)
                        .recognized(LocalDate.of(2024, 11, 18)),
                DemoPledge.active("KS0870000", LocalDate.of(2026, 5, 1), 1, 2, 0, 0),
                DemoPledge.active("OHCOP0000", LocalDate.of(2023, 2, 20), 25, 0, 0, 0)
                        .closed(PledgeStatus.COMPLETED, null, 75).recognized(LocalDate.of(2023, 7, 10)),
                DemoPledge.active("OK0720500", LocalDate.of(2023, 9, 12), 6, 3, 1, 1),
                DemoPledge.active("NM0010100", LocalDate.of(2024, 11, 4), 11, 5, 2, 0),
                DemoPledge.active("WI0130100", LocalDate.of(2025, 8, 19), 3, 6, 1, 0),
                DemoPledge.active("NC0320100", LocalDate.of(2022, 10, 3), 14, 2, 0, 2),
                DemoPledge.active("WA0320400", LocalDate.of(2024, 1, 15), 2, 1, 0, 0)
                        .closed(PledgeStatus.WITHDRAWN, "Leadership change; the agency will re-sign later.", 150));
    }

    private long account(String username, String displayName, Role role, long organizationId) {
        NewUser user = new NewUser(username, DemoAccounts.PASSWORD, displayName, username + "@example.org", role,
                organizationId);
        return users.insert(user, passwordEncoder.encode(user.rawPassword()), clock.instant());
    }

    /**
     * The pledge with the history that led to where it stands today ({@link DemoPledgeHistory}),
     * entered by the admin; TA staff review, and close it when it was closed; the overseer records IACP's
     * recognition and, for a completed pledge, the certificate of completion dated the day it closed.
     * Wichita is left unrecognized, for the overseer to recognize in the demo.
     */
    private long pledge(DemoPledge pledge, long agencyId, Long agencyUserId, CatalogVersion version, long admin,
                        long taStaff, long overseer, Instant now) {
        DemoPledgeHistory history = DemoPledgeHistory.of(pledge, now);
        long pledgeId = pledges.insertPledge(agencyId, version.id(), pledge.signedOn(), admin, history.createdAt());
        histories.writeItems(pledgeId, history.items(), agencyUserId, taStaff);
        histories.shareUseOfForcePolicy(pledgeId);
        if (pledge.recognizedOn() != null) {
            pledges.recordRecognition(pledgeId, null, pledge.recognizedOn(), overseer,
                    pledge.recognizedOn().atTime(15, 0).toInstant(ZoneOffset.UTC));
        }
        if (pledge.closedAs() != null) {
            pledges.updateStatus(pledgeId, pledge.closedAs(), pledge.closedReason(), history.closedAt());
        }
        if (pledge.closedAs() == PledgeStatus.COMPLETED) {
            pledges.recordCertificate(pledgeId, LocalDate.ofInstant(history.closedAt(), ZoneOffset.UTC), overseer,
                    history.closedAt());
        }
        return pledgeId;
    }

    /**
     * Two policy documents (invented, marked as demo) beside the links of Wichita's first verified items,
     * so that its evidence preview and its dossier hold real files.
     */
    private void wichitaPolicyDocuments(long pledgeId, long agencyUserId) {
        evidenceFile(pledgeId, 1, files.store(new ByteArrayInputStream(DemoDocuments.pdf(
                "Wichita Police Department: Bias-Free Policing Policy (demo)",
                List.of("Demo document: invented text, not the department's policy.",
                        "1. Officers shall not consider race, ethnicity, national origin, religion, gender,",
                        "   sexual orientation or disability when deciding on stops, searches or arrests.",
                        "2. Supervisors review stop data quarterly and act on disparities."))),
                "bias-free-policing-policy.pdf"), "Adopted policy (demo document)", agencyUserId);
        evidenceFile(pledgeId, 5, files.store(new ByteArrayInputStream(DemoDocuments.pdf(
                "Wichita Police Department: Use of Force Policy (demo)",
                List.of("Demo document: invented text, not the department's policy.",
                        "Adopts the elements of the National Consensus Policy on Use of Force,",
                        "including de-escalation, the duty to intervene and reporting of every use of force."))),
                "use-of-force-policy.pdf"), "Published policy (demo document)", agencyUserId);
    }

    /** The file beside the item's first evidence, uploaded by the agency's user at the same time. */
    private void evidenceFile(long pledgeId, int itemNumber, StoredFile file, String description, long agencyUserId) {
        DemoHistoryRepository.ItemEvidenceStart start = histories.findFirstEvidence(pledgeId, itemNumber).orElseThrow();
        evidence.insertFile(start.itemId(), file, description, EvidenceDates.NONE, agencyUserId, start.at());
    }

    /**
     * The grant's reporting calendar and the grantee's record against it: each report due so far
     * filed with its answers and counts, most a few days early, every fourth {@value #LATE_REPORT_DAYS}
     * days late (never after today), and accepted by the overseer, except the latest one filed,
     * which ends as {@code latest}: accepted too (a closed award), waiting for the overseer, or
     * returned with a comment for the grantee to submit again. With {@code missOne}, the latest
     * report due at least 15 days ago was never filed, so the grant's funds are at risk.
     */
    private void granteeReports(long grantId, long granteeUserId, long overseerUserId, boolean missOne,
                                ReportReview latest) {
        grantService.ensureAllReportSchedules();
        LocalDate today = LocalDate.now(clock);
        List<DemoHistoryRepository.DueReport> due = histories.findReportsDueBefore(grantId, today);
        LocalDate missedDue = due.stream().map(DemoHistoryRepository.DueReport::dueOn)
                .filter(d -> !d.isAfter(GranteeReportCalendar.fundsAtRiskDueOnOrBefore(today)))
                .reduce((first, second) -> second).orElse(null);
        // the missed report is never filed: the one before it is the latest filed
        int lastFiled = missOne && !due.isEmpty() && due.getLast().dueOn().equals(missedDue) ? due.size() - 2
                : due.size() - 1;
        for (int i = 0; i < due.size(); i++) {
            DemoHistoryRepository.DueReport report = due.get(i);
            if (missOne && report.dueOn().equals(missedDue)) {
                continue;
            }
            LocalDate late = report.dueOn().plusDays(LATE_REPORT_DAYS);
            LocalDate submittedOn = i % 4 == 3 && late.isBefore(today) ? late
                    : later(report.periodEnd().plusDays(1), report.dueOn().minusDays(EARLY_REPORT_DAYS));
            int period = i;
            boolean last = i == lastFiled;
            Instant filedAt = submittedOn.atTime(16, 0).toInstant(ZoneOffset.UTC);
            histories.fileReport(report.id(), submittedOn, granteeUserId, filedAt, DemoReportAnswers.forPeriod(i),
                    position -> (period + 2) * position * 3 + 4,
                    last && latest != ReportReview.ACCEPTED ? ReportReview.SUBMITTED : ReportReview.ACCEPTED,
                    overseerUserId);
            if (last && latest == ReportReview.RETURNED) {
                histories.returnReport(report.id(), RETURN_COMMENT, overseerUserId, filedAt, RETURN_AFTER_DAYS);
            }
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Wichita's real BCJI award: FY2020, October 2020 – September 2023, made to the City of Wichita's
     * Housing and Community Services Department with Wichita PD leading and Newman University as
     * research partner. Closed: every report is filed and accepted. Its number, amount, phase split,
     * deliverables and reports are invented ({@link DemoNotice#TEXT}); the relationship-based policing
     * course was delivered in fall 2023, as the real training was, after its due date at the award's end.
     */
    private long wichitaGrant(long wichita, long housing, long newman, long iacp, long provider, long taStaff,
                              CatalogVersion version) {
        Instant now = clock.instant();
        long grantId = grants.insertGrant(new NewGrant(DemoGrantAwards.WICHITA_FY2020,
                "Project HOPE: relationship-based homeless outreach", housing, wichita,
                "Wichita Project HOPE homeless-outreach site", new BigDecimal("1000000.00"), iacp,
                LocalDate.of(2020, 10, 1), LocalDate.of(2023, 9, 30)), now);
        grants.insertPhase(grantId, GrantPhase.PLANNING, LocalDate.of(2020, 10, 1), LocalDate.of(2021, 9, 30));
        grants.insertPhase(grantId, GrantPhase.IMPLEMENTATION, LocalDate.of(2021, 10, 1), LocalDate.of(2023, 9, 30));
        grants.addPartner(grantId, housing, PartnerRole.FISCAL_AGENT, PartnerRole.FISCAL_AGENT.label(), null, null);
        grants.addPartner(grantId, wichita, PartnerRole.LAW_ENFORCEMENT, PartnerRole.LAW_ENFORCEMENT.label(), null, null);
        grants.addPartner(grantId, newman, PartnerRole.RESEARCH_PARTNER, PartnerRole.RESEARCH_PARTNER.label(), null,
                null);
        grants.addProvider(grantId, provider);
        assignments.assignGrant(taStaff, grantId, now);

        grants.insertDeliverable(new NewDeliverable(grantId, provider, DeliverableType.SITE_VISIT,
                "Planning-phase site visit", "Meet the partners, walk the hot-spot area, review data sources.",
                LocalDate.of(2021, 2, 26), LocalDate.of(2021, 2, 9), LocalDate.of(2021, 2, 10),
                DeliverableStatus.ACCEPTED, new BigDecimal("8.00"), 12, new BigDecimal("4.30"),
                "Crime drivers mapped with the research partner."), taStaff, now);
        grants.insertDeliverable(new NewDeliverable(grantId, provider, DeliverableType.PLAN_REVIEW,
                "Implementation plan review", "Review of the narrative, strategy diagram and work plan.",
                LocalDate.of(2021, 8, 31), LocalDate.of(2021, 8, 17), LocalDate.of(2021, 8, 24),
                DeliverableStatus.ACCEPTED, new BigDecimal("6.00"), null, null,
                "Plan approved with minor changes to the work plan timeline."), taStaff, now);
        long training = grants.insertDeliverable(new NewDeliverable(grantId, provider, DeliverableType.TRAINING,
                "Relationship-based policing course",
                "Two-day course adapted from counseling psychology for officers and outreach workers.",
                LocalDate.of(2023, 9, 29), null, LocalDate.of(2023, 10, 18),
                DeliverableStatus.ACCEPTED, new BigDecimal("16.00"), 34, new BigDecimal("4.60"),
                "Officers and housing caseworkers trained together; follow-up coaching requested."), taStaff, now);
        linkToAreasAndItems(training, version, List.of(6, 3), List.of(22, 24, 11));
        return grantId;
    }

    /** A second site with its partners in their roles, whose grantee missed a report: its funds are at risk. */
    private long daytonGrant(long dayton, long iacp, long provider, Instant now) {
        long grantId = grants.insertGrant(new NewGrant(DemoGrantAwards.DAYTON,
                "West Third Street: safer corridor through place-based problem solving", dayton, dayton,
                "Dayton West Third Street corridor site", new BigDecimal("850000.00"), iacp,
                LocalDate.of(2024, 10, 1), LocalDate.of(2027, 9, 30)), clock.instant());
        grants.insertPhase(grantId, GrantPhase.PLANNING, LocalDate.of(2024, 10, 1), LocalDate.of(2025, 9, 30));
        grants.insertPhase(grantId, GrantPhase.IMPLEMENTATION, LocalDate.of(2025, 10, 1), LocalDate.of(2027, 9, 30));
        grants.addProvider(grantId, provider);
        long city = organizations.insert(NewOrganization.other(OrganizationKind.PARTNER, "City of Dayton", "OH",
                "Dayton"), now);
        long university = organizations.insert(NewOrganization.other(OrganizationKind.PARTNER,
                "University of Dayton Business Research Group", "OH", "Dayton"), now);
        grants.addPartner(grantId, city, PartnerRole.FISCAL_AGENT, PartnerRole.FISCAL_AGENT.label(),
                "Fran Finance (demo)", "fran.finance@example.org");
        grants.addPartner(grantId, dayton, PartnerRole.LAW_ENFORCEMENT, PartnerRole.LAW_ENFORCEMENT.label(),
                "Lt. Lee Liaison (demo)", "lee.liaison@example.org");
        grants.addPartner(grantId, university, PartnerRole.RESEARCH_PARTNER, PartnerRole.RESEARCH_PARTNER.label(),
                "Dr. Robin Research (demo)", "robin.research@example.org");
        grants.addPartner(grantId, city, PartnerRole.SITE_COORDINATOR, PartnerRole.SITE_COORDINATOR.label(),
                "Sam Site (demo)", "sam.site@example.org");
        return grantId;
    }

    /**
     * An invented third site (no such award exists; the title says so), served with the other two by
     * the demo's national convening. Its grantee and lead agency is Albuquerque PD; no TA staff member
     * is assigned to it, so the TA staff's grant list still shows Wichita's only. It started in July 2026,
     * so its first progress report is due in January 2027.
     */
    private long albuquerqueGrant(long albuquerque, long iacp, long provider, Instant now) {
        long grantId = grants.insertGrant(new NewGrant("DEMO-25-ABQ-TA-EVENTS",
                "Invented demo grant: International District safety partnership", albuquerque, albuquerque,
                "Albuquerque International District site (invented demo grant)", new BigDecimal("750000.00"), iacp,
                LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30)), now);
        grants.insertPhase(grantId, GrantPhase.PLANNING, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30));
        grants.insertPhase(grantId, GrantPhase.IMPLEMENTATION, LocalDate.of(2027, 7, 1), LocalDate.of(2029, 6, 30));
        grants.addProvider(grantId, provider);
        grants.addPartner(grantId, albuquerque, PartnerRole.LAW_ENFORCEMENT, PartnerRole.LAW_ENFORCEMENT.label(),
                null, null);
        return grantId;
    }

    private void linkToAreasAndItems(long deliverableId, CatalogVersion version, List<Integer> areaPositions,
                                     List<Integer> itemNumbers) {
        for (FocusArea area : version.focusAreas()) {
            if (areaPositions.contains(area.position())) {
                grants.linkDeliverableToFocusArea(deliverableId, area.id());
            }
        }
        for (CatalogItem item : version.items()) {
            if (itemNumbers.contains(item.number())) {
                grants.linkDeliverableToItem(deliverableId, item.id());
            }
        }
    }
}
