package org.pledgetrack.core.authorization;

import static org.pledgetrack.core.authorization.Actor.ADMIN;
import static org.pledgetrack.core.authorization.Actor.AGENCY_A;
import static org.pledgetrack.core.authorization.Actor.OVERSEER;
import static org.pledgetrack.core.authorization.Actor.TA_ASSIGNED;
import static org.pledgetrack.core.authorization.Actor.TA_UNASSIGNED;
import static org.pledgetrack.core.authorization.MatrixRow.allow;
import static org.pledgetrack.core.authorization.MatrixRow.internal;
import static org.pledgetrack.core.authorization.MatrixRow.row;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.pledgetrack.core.account.AccountDetails;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.actionplan.ActionPlanNarrative;
import org.pledgetrack.core.actionplan.TaskPlan;
import org.pledgetrack.core.actionplan.TaskStatus;
import org.pledgetrack.core.agency.OrganizationDetails;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.catalog.CatalogDraft;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.draft.DraftPlace;
import org.pledgetrack.core.grant.DeliveryRecord;
import org.pledgetrack.core.grant.GrantFilter;
import org.pledgetrack.core.grant.NewPartner;
import org.pledgetrack.core.grant.PartnerRole;
import org.pledgetrack.core.grant.ReportNarrative;
import org.pledgetrack.core.notification.EmailChoices;
import org.pledgetrack.core.notification.EmailDelivery;
import org.pledgetrack.core.pledge.EvidenceDates;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.pledge.ReviewQueueFilter;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.Items;

/**
 * Who may call which public core method on agency A's records: one line per method (a second
 * line where other arguments need other rights), the actors it lets through, and whether it
 * points at records by id (then it is also tried with agency B's and unknown ids, which must be
 * refused). Arguments that would fail validation are fine: a business-rule refusal still shows
 * the caller got past the access check.
 */
final class ServiceMatrix {

    private static final Set<Actor> EVERYONE = allow(Actor.values());
    private static final Set<Actor> READS_AGENCY = allow(AGENCY_A, TA_ASSIGNED, OVERSEER, ADMIN);
    /** Agency A is the grantee and lead agency of its grant; the assigned TA staff member is assigned to it. */
    private static final Set<Actor> READS_GRANT = READS_AGENCY;
    private static final Set<Actor> REPORTS_PROGRESS = allow(AGENCY_A);
    private static final Set<Actor> REVIEWS = allow(TA_ASSIGNED, ADMIN);
    private static final Set<Actor> MANAGES_GRANT = REVIEWS;
    private static final Set<Actor> ACTS_AS_GRANTEE = allow(AGENCY_A, ADMIN);
    private static final Set<Actor> REVIEWS_REPORTS = allow(OVERSEER, ADMIN);
    private static final Set<Actor> EDITS_PARTNERS = allow(AGENCY_A, OVERSEER, ADMIN);
    private static final Set<Actor> STAFF = allow(TA_ASSIGNED, TA_UNASSIGNED, OVERSEER, ADMIN);
    /** TA staff of the event's provider (both TA actors) and admins plan events; who reads a served grant reads them. */
    private static final Set<Actor> PLANS_EVENTS = allow(TA_ASSIGNED, TA_UNASSIGNED, ADMIN);
    private static final Set<Actor> READS_EVENT = allow(AGENCY_A, TA_ASSIGNED, TA_UNASSIGNED, OVERSEER, ADMIN);
    private static final Set<Actor> READS_EVERYTHING = allow(OVERSEER, ADMIN);
    private static final Set<Actor> ADMIN_ONLY = allow(ADMIN);
    /** An agency's dossier: every evidence file at once, so not admins (see AccessPolicy.canDownloadDossier). */
    private static final Set<Actor> DOWNLOADS_DOSSIER = allow(AGENCY_A, TA_ASSIGNED, OVERSEER);
    /** IACP's own acts: recognition and the certificate of completion. */
    private static final Set<Actor> IACP = allow(OVERSEER);

    private static final String AUDIT = "the audit trail: written by services inside their transaction after their "
            + "own check, read by services for records they already checked";
    private static final String POLICY = "the access policy itself, which decides every line above";
    private static final String STORAGE = "file storage below the services: keys come from records the caller checked";
    private static final String SCHEDULER = "the scheduler and jobs, with no signed-in user";
    private static final String REPORT_JOB = SCHEDULER + ": the report job reads the rows of a report whose "
            + "request was checked (ReportService.request, or the definition when it was saved)";
    private static final String SIGN_IN = "sign-in, before there is a user";
    private static final String LINK = "a one-time password link, before anyone is signed in: the link's secret "
            + "(256 random bits, stored hashed) stands for the account";
    private static final String PUBLIC = "public campaign information, the same for everyone";

    private static final TaskPlan MATRIX_TASK = new TaskPlan("Matrix strategy", "Matrix task", "Matrix team",
            LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), Set.of(), Set.of());

    private ServiceMatrix() {
    }

    static List<MatrixRow> rows() {
        return Stream.concat(serviceRows().stream(), infrastructureRows().stream()).toList();
    }

    private static List<MatrixRow> serviceRows() {
        return List.of(
                // account
                row("UserService.createAccount(CurrentUser, NewUser)", (s, t, u) -> s.users().createAccount(u,
                        new NewUser("matrix.new", "short", "New", "new@example.org", Role.AGENCY, t.agencyId())),
                        ADMIN_ONLY),
                row("UserService.changePassword(CurrentUser, String, String)",
                        (s, t, u) -> s.users().changePassword(u, "not the password", "Another-Pass-2026"), EVERYONE),
                row("UserService.unlock(CurrentUser, long)", (s, t, u) -> s.users().unlock(u, t.agencyUserId()),
                        ADMIN_ONLY).onRecords(),
                // TA assignments (admins only; a business refusal, such as assigning an agency user, still
                // shows the caller got past the access check)
                row("TaAssignmentService.taStaff(CurrentUser)", (s, t, u) -> s.assignments().taStaff(u), ADMIN_ONLY),
                row("TaAssignmentService.assignmentsOf(CurrentUser, long)",
                        (s, t, u) -> s.assignments().assignmentsOf(u, t.agencyUserId()), ADMIN_ONLY).onRecords(),
                row("TaAssignmentService.assignAgency(CurrentUser, long, long)",
                        (s, t, u) -> s.assignments().assignAgency(u, t.agencyUserId(), t.agencyId()), ADMIN_ONLY)
                        .onRecords(),
                row("TaAssignmentService.assignGrant(CurrentUser, long, long)",
                        (s, t, u) -> s.assignments().assignGrant(u, t.agencyUserId(), t.grantId()), ADMIN_ONLY)
                        .onRecords(),
                row("TaAssignmentService.endAssignment(CurrentUser, long)",
                        (s, t, u) -> s.assignments().endAssignment(u, t.agencyId()), ADMIN_ONLY).onRecords(),
                row("AccountAdminService.accounts(CurrentUser)", (s, t, u) -> s.accountAdmin().accounts(u), ADMIN_ONLY),
                row("AccountAdminService.create(CurrentUser, AccountDetails)", (s, t, u) -> s.accountAdmin().create(u,
                        new AccountDetails("matrix.invited", "Invited", "invited@example.org", Role.AGENCY,
                                t.agencyId())), ADMIN_ONLY),
                row("AccountAdminService.update(CurrentUser, long, AccountDetails)", (s, t, u) -> s.accountAdmin()
                        .update(u, t.agencyUserId(), new AccountDetails(null, "Renamed", "renamed@example.org",
                                Role.AGENCY, t.agencyId())), ADMIN_ONLY).onRecords(),
                row("AccountAdminService.disable(CurrentUser, Collection)",
                        (s, t, u) -> s.accountAdmin().disable(u, List.of(t.agencyUserId())), ADMIN_ONLY).onRecords(),
                row("AccountAdminService.enable(CurrentUser, long)",
                        (s, t, u) -> s.accountAdmin().enable(u, t.agencyUserId()), ADMIN_ONLY).onRecords(),
                row("InvitationService.invite(CurrentUser, Collection)",
                        (s, t, u) -> s.invitations().invite(u, List.of(t.agencyUserId())), ADMIN_ONLY).onRecords(),
                row("InvitationService.inviteNotYetInvitedFromRosterImport(CurrentUser, long)",
                        (s, t, u) -> s.invitations().inviteNotYetInvitedFromRosterImport(u, 1), ADMIN_ONLY),
                row("InvitationService.notYetInvitedFromRosterImport(CurrentUser, long)",
                        (s, t, u) -> s.invitations().notYetInvitedFromRosterImport(u, 1), ADMIN_ONLY),
                internal("InvitationService.mailsInvitations()", "a setting, the same for everyone: whether SMTP is "
                        + "configured"),
                internal("PasswordResetService.check(String)", LINK),
                internal("PasswordResetService.setPassword(String, String)", LINK),
                internal("PasswordResetService.requestReset(String, String)", "\"Forgot password?\", before anyone is "
                        + "signed in: limited per address and per account, and answers the same whether or not the "
                        + "account exists"),
                // agency
                row("OrganizationService.organizations(CurrentUser)", (s, t, u) -> s.organizations().organizations(u),
                        ADMIN_ONLY),
                row("OrganizationService.organization(CurrentUser, long)",
                        (s, t, u) -> s.organizations().organization(u, t.providerOrgId()), ADMIN_ONLY),
                row("OrganizationService.create(CurrentUser, OrganizationKind, OrganizationDetails)",
                        (s, t, u) -> s.organizations().create(u, OrganizationKind.PARTNER,
                                new OrganizationDetails("Matrix Partner", "KS", "Wichita", null)), ADMIN_ONLY),
                row("OrganizationService.update(CurrentUser, long, int, OrganizationDetails)",
                        (s, t, u) -> s.organizations().update(u, t.providerOrgId(), 0,
                                new OrganizationDetails("Renamed Provider", null, null, null)), ADMIN_ONLY).onRecords(),
                row("AgencyService.visibleAgencies(CurrentUser)", (s, t, u) -> s.agencies().visibleAgencies(u), EVERYONE),
                row("AgencyService.agency(CurrentUser, long)", (s, t, u) -> s.agencies().agency(u, t.agencyId()),
                        READS_AGENCY).onRecords(),
                // API tokens
                row("ApiTokenService.create(CurrentUser, String, String, int)",
                        (s, t, u) -> s.tokens().create(u, DemoAccounts.PASSWORD, "x", 30), EVERYONE),
                row("ApiTokenService.myTokens(CurrentUser)", (s, t, u) -> s.tokens().myTokens(u), EVERYONE),
                row("ApiTokenService.tokensOf(CurrentUser, long)", (s, t, u) -> s.tokens().tokensOf(u, t.agencyUserId()),
                        ADMIN_ONLY),
                internal("ApiTokenService.maxValidityDays()", "a setting, the same for everyone: the longest validity "
                        + "a new token may have"),
                internal("ApiTokenService.revokeAllOnCredentialChange(long)", "called inside the password change and "
                        + "the command-line admin reset, whose transaction it joins (MANDATORY), never by a view"),
                row("ApiTokenService.revoke(CurrentUser, long)", (s, t, u) -> s.tokens().revoke(u, t.apiTokenId()),
                        allow(AGENCY_A, ADMIN)).onRecords(),
                internal("ApiTokenService.authenticate(String)", "the API's bearer-token filter: finds the user a token "
                        + "stands for, before anyone is signed in"),
                // bulk loads of the status jobs
                // catalog
                internal("CatalogService.version(long)", PUBLIC),
                internal("CatalogService.versions()", PUBLIC),
                internal("CatalogService.currentVersion()", PUBLIC),
                internal("CatalogService.resourcesOf(long)", PUBLIC),
                // the catalog editor and pledge migration: admins only
                row("CatalogEditorService.allVersions(CurrentUser)", (s, t, u) -> s.catalogEditor().allVersions(u),
                        ADMIN_ONLY),
                row("CatalogEditorService.version(CurrentUser, long)",
                        (s, t, u) -> s.catalogEditor().version(u, t.catalogVersionId()), ADMIN_ONLY),
                row("CatalogEditorService.startDraft(CurrentUser, long)",
                        (s, t, u) -> s.catalogEditor().startDraft(u, t.catalogVersionId()), ADMIN_ONLY),
                row("CatalogEditorService.saveDraft(CurrentUser, long, CatalogDraft)",
                        (s, t, u) -> s.catalogEditor().saveDraft(u, t.catalogVersionId(),
                                CatalogDraft.of(s.catalog().version(t.catalogVersionId()))), ADMIN_ONLY),
                row("CatalogEditorService.publish(CurrentUser, long)",
                        (s, t, u) -> s.catalogEditor().publish(u, t.catalogVersionId()), ADMIN_ONLY),
                row("CatalogEditorService.deleteDraft(CurrentUser, long)",
                        (s, t, u) -> s.catalogEditor().deleteDraft(u, t.catalogVersionId()), ADMIN_ONLY),
                row("CatalogMigrationService.pledgesNotOn(CurrentUser, long)",
                        (s, t, u) -> s.catalogMigrations().pledgesNotOn(u, t.catalogVersionId()), ADMIN_ONLY),
                row("CatalogMigrationService.plan(CurrentUser, long, long)",
                        (s, t, u) -> s.catalogMigrations().plan(u, t.pledgeId(), t.catalogVersionId()), ADMIN_ONLY),
                row("CatalogMigrationService.migrate(CurrentUser, long, long, Map)",
                        (s, t, u) -> s.catalogMigrations().migrate(u, t.pledgeId(), t.catalogVersionId(), Map.of()),
                        ADMIN_ONLY),
                // grants, deliverables, attachments
                row("GrantService.visibleGrants(CurrentUser)", (s, t, u) -> s.grants().visibleGrants(u), EVERYONE),
                row("GrantService.visibleGrants(CurrentUser, GrantFilter)",
                        (s, t, u) -> s.grants().visibleGrants(u, GrantFilter.none()), EVERYONE),
                row("GrantService.visibleProviders(CurrentUser)", (s, t, u) -> s.grants().visibleProviders(u), EVERYONE),
                row("GrantService.grant(CurrentUser, long)", (s, t, u) -> s.grants().grant(u, t.grantId()),
                        READS_GRANT).onRecords(),
                row("GrantService.canManageDeliverables(CurrentUser, long)",
                        (s, t, u) -> s.grants().canManageDeliverables(u, t.grantId()), EVERYONE),
                row("GrantService.actsAsGrantee(CurrentUser, long)", (s, t, u) -> s.grants().actsAsGrantee(u, t.grantId()),
                        EVERYONE),
                row("GrantService.reportSchedule(CurrentUser, long)", (s, t, u) -> s.grants().reportSchedule(u, t.grantId()),
                        READS_GRANT).onRecords(),
                internal("GrantService.ensureAllReportSchedules()", SCHEDULER),
                row("GrantService.changesAwardDates(CurrentUser, long)",
                        (s, t, u) -> s.grants().changesAwardDates(u, t.grantId()), EVERYONE),
                row("GrantService.changeAwardDates(CurrentUser, long, int, LocalDate, LocalDate)",
                        (s, t, u) -> s.grants().changeAwardDates(u, t.grantId(), 0, LocalDate.of(2025, 1, 1),
                                LocalDate.of(2029, 6, 30)), REVIEWS_REPORTS).onRecords(),
                internal("GrantPhases.startImplementation(long, LocalDate)",
                        "moves phases for ActionPlanService.approve, inside its transaction after its own check"),
                // Action Plans
                internal("ActionPlanService.uploadLimit()", "the upload limit, a setting every uploader is shown"),
                row("ActionPlanService.plan(CurrentUser, long)",
                        (s, t, u) -> s.actionPlans().plan(u, t.grantId()), READS_GRANT).onRecords(),
                row("ActionPlanService.saveDraft(CurrentUser, long, int, ActionPlanNarrative)",
                        (s, t, u) -> s.actionPlans().saveDraft(u, t.grantId(), 0, ActionPlanNarrative.empty()),
                        ACTS_AS_GRANTEE).onRecords(),
                row("ActionPlanService.addTask(CurrentUser, long, TaskPlan)",
                        (s, t, u) -> s.actionPlans().addTask(u, t.grantId(), MATRIX_TASK), ACTS_AS_GRANTEE).onRecords(),
                row("ActionPlanService.editTask(CurrentUser, long, long, int, TaskPlan)",
                        (s, t, u) -> s.actionPlans().editTask(u, t.grantId(), -1, 0, MATRIX_TASK), ACTS_AS_GRANTEE)
                        .onRecords(),
                row("ActionPlanService.removeTask(CurrentUser, long, long)",
                        (s, t, u) -> s.actionPlans().removeTask(u, t.grantId(), -1), ACTS_AS_GRANTEE).onRecords(),
                row("ActionPlanService.uploadDiagram(CurrentUser, long, InputStream, String)",
                        (s, t, u) -> s.actionPlans().uploadDiagram(u, t.grantId(), Items.pdf(), "diagram.pdf"),
                        ACTS_AS_GRANTEE).onRecords(),
                row("ActionPlanService.openDiagram(CurrentUser, long)",
                        (s, t, u) -> s.actionPlans().openDiagram(u, t.grantId()), READS_GRANT).onRecords(),
                row("ActionPlanService.submit(CurrentUser, long, int, ActionPlanNarrative)",
                        (s, t, u) -> s.actionPlans().submit(u, t.grantId(), 0, ActionPlanNarrative.empty()),
                        ACTS_AS_GRANTEE).onRecords(),
                row("ActionPlanService.approve(CurrentUser, long, int)",
                        (s, t, u) -> s.actionPlans().approve(u, t.grantId(), 0), REVIEWS_REPORTS).onRecords(),
                row("ActionPlanService.returnToGrantee(CurrentUser, long, int, String)",
                        (s, t, u) -> s.actionPlans().returnToGrantee(u, t.grantId(), 0, "Link the strategies."),
                        REVIEWS_REPORTS).onRecords(),
                row("ActionPlanService.recordProgress(CurrentUser, long, long, int, TaskStatus, LocalDate)",
                        (s, t, u) -> s.actionPlans().recordProgress(u, t.grantId(), -1, 0, TaskStatus.DONE,
                                LocalDate.of(2026, 1, 5)), ACTS_AS_GRANTEE).onRecords(),
                row("GrantService.reviewsReports(CurrentUser, long)",
                        (s, t, u) -> s.grants().reviewsReports(u, t.grantId()), EVERYONE),
                // partners
                row("GrantPartnerService.canEditPartners(CurrentUser, long)",
                        (s, t, u) -> s.partners().canEditPartners(u, t.grantId()), EVERYONE),
                row("GrantPartnerService.partnerCandidates(CurrentUser, long)",
                        (s, t, u) -> s.partners().partnerCandidates(u, t.grantId()), EDITS_PARTNERS).onRecords(),
                row("GrantPartnerService.addPartner(CurrentUser, long, NewPartner)", (s, t, u) -> s.partners()
                        .addPartner(u, t.grantId(), new NewPartner(t.agencyId(), PartnerRole.SITE_COORDINATOR, null,
                                "Matrix Contact", "matrix@example.org")), EDITS_PARTNERS).onRecords(),
                row("GrantPartnerService.removePartner(CurrentUser, long, long, PartnerRole)", (s, t, u) -> s.partners()
                        .removePartner(u, t.grantId(), t.agencyId(), PartnerRole.SITE_COORDINATOR), EDITS_PARTNERS)
                        .onRecords(),
                // progress reports
                internal("ProgressReportService.uploadLimit()", "the upload limit, a setting every uploader is shown"),
                row("ProgressReportService.report(CurrentUser, long)",
                        (s, t, u) -> s.progressReports().report(u, t.granteeReportId()), READS_GRANT).onRecords(),
                row("ProgressReportService.saveDraft(CurrentUser, long, int, ReportNarrative, Map)",
                        (s, t, u) -> s.progressReports().saveDraft(u, t.granteeReportId(), t.granteeReportVersion(),
                                new ReportNarrative("Matrix", null, null, null), Map.of()), ACTS_AS_GRANTEE).onRecords(),
                row("ProgressReportService.submit(CurrentUser, long, int, ReportNarrative, Map)",
                        (s, t, u) -> s.progressReports().submit(u, t.granteeReportId(), t.granteeReportVersion(),
                                new ReportNarrative("Matrix", "Matrix", "Matrix", "Matrix"), Map.of()),
                        ACTS_AS_GRANTEE).onRecords(),
                row("ProgressReportService.accept(CurrentUser, long, int)", (s, t, u) -> s.progressReports()
                        .accept(u, t.granteeReportId(), t.granteeReportVersion()), REVIEWS_REPORTS).onRecords(),
                row("ProgressReportService.returnToGrantee(CurrentUser, long, int, String)",
                        (s, t, u) -> s.progressReports().returnToGrantee(u, t.granteeReportId(),
                                t.granteeReportVersion(), "Please add the counts."), REVIEWS_REPORTS).onRecords(),
                row("ProgressReportService.attach(CurrentUser, long, InputStream, String)", (s, t, u) -> s
                        .progressReports().attach(u, t.granteeReportId(), Items.pdf(), "report.pdf"),
                        ACTS_AS_GRANTEE).onRecords(),
                row("ProgressReportService.openAttachment(CurrentUser, long)",
                        (s, t, u) -> s.progressReports().openAttachment(u, t.reportAttachmentId()), READS_GRANT)
                        .onRecords(),
                row("ProgressReportService.removeAttachment(CurrentUser, long)",
                        (s, t, u) -> s.progressReports().removeAttachment(u, t.reportAttachmentId()),
                        ACTS_AS_GRANTEE).onRecords(),
                row("DeliverableService.deliverablesOf(CurrentUser, long)",
                        (s, t, u) -> s.deliverables().deliverablesOf(u, t.grantId()), READS_GRANT).onRecords(),
                row("DeliverableService.deliverable(CurrentUser, long)",
                        (s, t, u) -> s.deliverables().deliverable(u, t.deliverableId()), READS_GRANT).onRecords(),
                row("DeliverableService.deliverablesForItem(CurrentUser, long, long)", (s, t, u) -> s.deliverables()
                        .deliverablesForItem(u, t.agencyId(), t.catalogItemId()), READS_AGENCY).onRecords(),
                row("DeliverableService.myDeliverables(CurrentUser)", (s, t, u) -> s.deliverables().myDeliverables(u),
                        EVERYONE),
                row("DeliverableService.plan(CurrentUser, long, DeliverablePlan)", (s, t, u) -> s.deliverables()
                        .plan(u, t.grantId(), MatrixWorld.plan(t.providerOrgId())), MANAGES_GRANT).onRecords(),
                row("DeliverableService.planForRequest(CurrentUser, long, long, DeliverablePlan)",
                        (s, t, u) -> s.deliverables().planForRequest(u, t.grantId(), t.taRequestId(),
                                MatrixWorld.plan(t.providerOrgId())), MANAGES_GRANT).onRecords(),
                row("DeliverableService.edit(CurrentUser, long, int, DeliverablePlan)", (s, t, u) -> s.deliverables()
                        .edit(u, t.deliverableId(), t.deliverableVersion(), MatrixWorld.plan(t.providerOrgId())),
                        MANAGES_GRANT).onRecords(),
                row("DeliverableService.recordDelivery(CurrentUser, long, int, DeliveryRecord)",
                        (s, t, u) -> s.deliverables().recordDelivery(u, t.deliverableId(), t.deliverableVersion(),
                                new DeliveryRecord(today(), BigDecimal.ONE, 10, null, null)), MANAGES_GRANT).onRecords(),
                row("DeliverableService.accept(CurrentUser, long, int)",
                        (s, t, u) -> s.deliverables().accept(u, t.deliverableId(), t.deliverableVersion()),
                        ACTS_AS_GRANTEE).onRecords(),
                row("DeliverableService.cancel(CurrentUser, long, int, String)", (s, t, u) -> s.deliverables()
                        .cancel(u, t.deliverableId(), t.deliverableVersion(), "No longer needed"), MANAGES_GRANT)
                        .onRecords(),
                // TA events serving several sites: planned and recorded by TA staff of the event's provider (both TA
                // actors belong to it; being assigned to the grant is not needed) and admins
                row("TaEventService.eventsOfGrant(CurrentUser, long)",
                        (s, t, u) -> s.events().eventsOfGrant(u, t.grantId()), READS_GRANT).onRecords(),
                row("TaEventService.event(CurrentUser, long)", (s, t, u) -> s.events().event(u, t.eventId()),
                        READS_EVENT).onRecords(),
                row("TaEventService.canPlanEvents(CurrentUser)", (s, t, u) -> s.events().canPlanEvents(u), EVERYONE),
                row("TaEventService.canEdit(CurrentUser, long)", (s, t, u) -> s.events().canEdit(u, t.eventId()),
                        EVERYONE),
                row("TaEventService.siteChoices(CurrentUser, long)",
                        (s, t, u) -> s.events().siteChoices(u, t.providerOrgId()), PLANS_EVENTS).onRecords(),
                row("TaEventService.create(CurrentUser, TaEventPlan)",
                        (s, t, u) -> s.events().create(u, MatrixWorld.event(t.providerOrgId(), t.grantId())),
                        PLANS_EVENTS).onRecords(),
                row("TaEventService.update(CurrentUser, long, int, TaEventPlan)", (s, t, u) -> s.events().update(u,
                        t.eventId(), t.eventVersion(), MatrixWorld.event(t.providerOrgId(), t.grantId())),
                        PLANS_EVENTS).onRecords(),
                internal("AttachmentService.uploadLimit()", "the upload limit, a setting every uploader is shown"),
                row("AttachmentService.attachments(CurrentUser, long)",
                        (s, t, u) -> s.attachments().attachments(u, t.deliverableId()), READS_GRANT).onRecords(),
                row("AttachmentService.attach(CurrentUser, long, InputStream, String, String)", (s, t, u) -> s
                        .attachments().attach(u, t.deliverableId(), Items.pdf(), "sign-in.pdf", "Sign-in sheet"),
                        MANAGES_GRANT).onRecords(),
                row("AttachmentService.open(CurrentUser, long)",
                        (s, t, u) -> s.attachments().open(u, t.attachmentId()).close(), READS_GRANT).onRecords(),
                row("AttachmentService.remove(CurrentUser, long)", (s, t, u) -> s.attachments().remove(u, t.attachmentId()),
                        MANAGES_GRANT).onRecords(),
                // notifications: every user reads and marks only their own
                internal("NotificationService.notify(long, NotificationKind, String, String, String, String)",
                        "called by the pledge workflow, TA requests and the reminder job for the users they chose"),
                row("NotificationService.latest(CurrentUser)", (s, t, u) -> s.notifications().latest(u), EVERYONE),
                row("NotificationService.unreadCount(CurrentUser)", (s, t, u) -> s.notifications().unreadCount(u), EVERYONE),
                row("NotificationService.markRead(CurrentUser, long)",
                        (s, t, u) -> s.notifications().markRead(u, t.notificationId()), EVERYONE)
                        .onRecordsIgnoringForeignIds(),
                row("NotificationService.markAllRead(CurrentUser)", (s, t, u) -> s.notifications().markAllRead(u), EVERYONE),
                row("NotificationService.emailChoices(CurrentUser)", (s, t, u) -> s.notifications().emailChoices(u),
                        EVERYONE),
                row("NotificationService.changeEmailChoices(CurrentUser, EmailChoices)",
                        (s, t, u) -> s.notifications().changeEmailChoices(u, EmailChoices.all(EmailDelivery.IMMEDIATELY)),
                        EVERYONE),
                internal("NotificationService.itemSubmitted(ItemSubmittedEvent)", "listener of the item workflow, "
                        + "which checked the submitter"),
                internal("NotificationService.itemReturned(ItemReturnedEvent)", "listener of the item workflow, "
                        + "which checked the reviewer"),
                // pledges, items, evidence
                row("PledgeService.startPledge(CurrentUser, long, long, LocalDate)", (s, t, u) -> s.pledges()
                        .startPledge(u, t.agencyId(), t.catalogVersionId(), today()), REVIEWS).onRecords(),
                row("PledgeService.canManage(CurrentUser, long)", (s, t, u) -> s.pledges().canManage(u, t.agencyId()),
                        EVERYONE),
                row("PledgeService.overview(CurrentUser, long)", (s, t, u) -> s.pledges().overview(u, t.agencyId()),
                        READS_AGENCY).onRecords(),
                row("PledgeService.agencyProgress(CurrentUser)", (s, t, u) -> s.pledges().agencyProgress(u), EVERYONE),
                row("PledgeService.agencyProgress(CurrentUser, PortfolioQuery)",
                        (s, t, u) -> s.pledges().agencyProgress(u, PortfolioQuery.all()), EVERYONE),
                row("PledgeService.countAgencies(CurrentUser, PortfolioQuery)",
                        (s, t, u) -> s.pledges().countAgencies(u, PortfolioQuery.all()), EVERYONE),
                row("AgencyListPages.page(CurrentUser, PortfolioQuery)",
                        (s, t, u) -> s.agencyPages().page(u, PortfolioQuery.all()), EVERYONE),
                row("PledgeService.seesAnyAgency(CurrentUser)", (s, t, u) -> s.pledges().seesAnyAgency(u), EVERYONE),
                row("PledgeService.withdraw(CurrentUser, long, int, String)",
                        (s, t, u) -> s.pledges().withdraw(u, t.pledgeId(), t.pledgeVersion(), "Leadership change"),
                        REVIEWS).onRecords(),
                row("PledgeService.canRecordRecognition(CurrentUser)",
                        (s, t, u) -> s.pledges().canRecordRecognition(u), EVERYONE),
                row("PledgeService.recordRecognition(CurrentUser, long, int, LocalDate)",
                        (s, t, u) -> s.pledges().recordRecognition(u, t.pledgeId(), t.pledgeVersion(), today()),
                        IACP).onRecords(),
                row("PledgeService.recordCompletion(CurrentUser, long, int, LocalDate)",
                        (s, t, u) -> s.pledges().recordCompletion(u, t.pledgeId(), t.pledgeVersion(), today()),
                        IACP).onRecords(),
                row("PledgeItemService.detail(CurrentUser, long)", (s, t, u) -> s.items().detail(u, t.openItemId()),
                        READS_AGENCY).onRecords(),
                row("PledgeItemService.updateDetails(CurrentUser, long, int, ItemDetailsChange)", (s, t, u) -> s.items()
                        .updateDetails(u, t.openItemId(), t.openItemVersion(), new ItemDetailsChange("Lt. Matrix", null,
                                null)), REPORTS_PROGRESS).onRecords(),
                row("PledgeItemService.changeStatus(CurrentUser, long, int, ItemStatus, String)",
                        (s, t, u) -> s.items().changeStatus(u, t.openItemId(), t.openItemVersion(),
                                ItemStatus.IN_PROGRESS, null), REPORTS_PROGRESS).variant("agency's move").onRecords(),
                row("PledgeItemService.changeStatus(CurrentUser, long, int, ItemStatus, String)",
                        (s, t, u) -> s.items().changeStatus(u, t.submittedItemId(), t.submittedItemVersion(),
                                ItemStatus.VERIFIED, null), REVIEWS).variant("reviewer's move").onRecords(),
                row("PledgeItemService.addComment(CurrentUser, long, String)",
                        (s, t, u) -> s.items().addComment(u, t.openItemId(), "Matrix comment"),
                        allow(AGENCY_A, TA_ASSIGNED, ADMIN)).onRecords(),
                row("PledgeItemService.requireReadable(CurrentUser, long)",
                        (s, t, u) -> s.items().requireReadable(u, t.openItemId()), READS_AGENCY).onRecords(),
                row("PledgeItemService.reviewQueue(CurrentUser, ReviewQueueFilter)",
                        (s, t, u) -> s.items().reviewQueue(u, ReviewQueueFilter.everything()), STAFF),
                row("NeedsYouService.needsYou(CurrentUser)", (s, t, u) -> s.needsYou().needsYou(u),
                        allow(AGENCY_A, Actor.AGENCY_B)),
                internal("EvidenceService.uploadLimit()", "the upload limit, a setting every uploader is shown"),
                row("EvidenceService.addFile(CurrentUser, long, InputStream, String, String)", (s, t, u) -> s.evidence()
                        .addFile(u, t.openItemId(), Items.pdf(), "policy.pdf", null), REPORTS_PROGRESS).onRecords(),
                row("EvidenceService.addFile(CurrentUser, long, InputStream, String, String, EvidenceDates)",
                        (s, t, u) -> s.evidence().addFile(u, t.openItemId(), Items.pdf(), "policy.pdf", null,
                                new EvidenceDates(today(), today().plusYears(1))), REPORTS_PROGRESS).onRecords(),
                row("EvidenceService.attachExisting(CurrentUser, long, long)",
                        (s, t, u) -> s.evidence().attachExisting(u, t.openItemId(), t.evidenceId()), REPORTS_PROGRESS)
                        .onRecords(),
                row("EvidenceService.attachableTo(CurrentUser, long)",
                        (s, t, u) -> s.evidence().attachableTo(u, t.openItemId()), READS_AGENCY).onRecords(),
                row("EvidenceService.addLink(CurrentUser, long, String, String)", (s, t, u) -> s.evidence()
                        .addLink(u, t.openItemId(), "https://example.org/policy", null), REPORTS_PROGRESS).onRecords(),
                row("EvidenceService.remove(CurrentUser, long, String)",
                        (s, t, u) -> s.evidence().remove(u, t.evidenceId(), "Wrong file"), REPORTS_PROGRESS).onRecords(),
                row("EvidenceService.restore(CurrentUser, long)", (s, t, u) -> s.evidence().restore(u, t.evidenceId()),
                        REPORTS_PROGRESS).onRecords(),
                row("EvidenceService.download(CurrentUser, long)", (s, t, u) -> s.evidence().download(u, t.evidenceId()),
                        READS_AGENCY).onRecords(),
                row("PledgeDossierService.canDownload(CurrentUser, long)",
                        (s, t, u) -> s.dossiers().canDownload(u, t.agencyId()), EVERYONE),
                row("PledgeDossierService.dossier(CurrentUser, long)",
                        (s, t, u) -> s.dossiers().dossier(u, t.agencyId()), DOWNLOADS_DOSSIER).onRecords(),
                // reports
                row("ReportService.typesFor(CurrentUser)", (s, t, u) -> s.reports().typesFor(u), EVERYONE),
                row("ReportService.choices(CurrentUser)", (s, t, u) -> s.reports().choices(u), EVERYONE),
                row("ReportService.request(CurrentUser, ReportType, ReportFormat, LocalDate, ReportFilters)",
                        (s, t, u) -> s.reports().request(u, ReportType.AGENCY_ITEMS, ReportFormat.PDF, today(),
                                new ReportFilters(null, null, null, null, t.agencyId())), READS_AGENCY)
                        .variant("one agency's items").onRecords(),
                row("ReportService.request(CurrentUser, ReportType, ReportFormat, LocalDate, ReportFilters)",
                        (s, t, u) -> s.reports().request(u, ReportType.AGENCY_DOSSIER, ReportFormat.ZIP, today(),
                                new ReportFilters(null, null, null, null, t.agencyId())), DOWNLOADS_DOSSIER)
                        .variant("one agency's dossier").onRecords(),
                row("ReportService.request(CurrentUser, ReportType, ReportFormat, LocalDate, ReportFilters)",
                        (s, t, u) -> s.reports().request(u, ReportType.AGENCY_STATUS, ReportFormat.CSV, today(),
                                ReportFilters.NONE), READS_EVERYTHING).variant("every agency"),
                internal("ReportService.requestScheduled(ReportDefinition, LocalDate)", SCHEDULER
                        + ", for the definition's owner, who was checked when it was saved"),
                internal("ReportService.attachJob(long, long)", SCHEDULER),
                internal("ReportService.markReady(long, GeneratedReport)", SCHEDULER),
                internal("ReportService.markFailed(long, String)", SCHEDULER),
                row("ReportService.files(CurrentUser, int)", (s, t, u) -> s.reports().files(u, 20), EVERYONE),
                row("ReportService.file(CurrentUser, long)", (s, t, u) -> s.reports().file(u, t.reportFileId()),
                        allow(AGENCY_A, OVERSEER, ADMIN)).onRecords(),
                row("ReportService.open(CurrentUser, long)", (s, t, u) -> s.reports().open(u, t.reportFileId()),
                        allow(AGENCY_A, OVERSEER, ADMIN)).onRecords(),
                internal("ReportService.openForDelivery(ReportFile)", SCHEDULER + ": mails a recurring report to its owner"),
                internal("ReportService.fileForDelivery(long)", SCHEDULER + ": mails a recurring report to its owner"),
                internal("ReportService.expireOld()", SCHEDULER),
                internal("ReportService.latestSnapshotDate()", SCHEDULER),
                row("ReportService.saveDefinition(CurrentUser, String, ReportType, ReportFormat, ReportFilters, String)",
                        (s, t, u) -> s.reports().saveDefinition(u, "Monthly", ReportType.AGENCY_STATUS, ReportFormat.CSV,
                                ReportFilters.NONE, "0 0 6 1 * *"), READS_EVERYTHING),
                row("ReportService.deleteDefinition(CurrentUser, long)",
                        (s, t, u) -> s.reports().deleteDefinition(u, t.reportDefinitionId()), READS_EVERYTHING).onRecords(),
                row("ReportService.definitions(CurrentUser)", (s, t, u) -> s.reports().definitions(u), READS_EVERYTHING),
                internal("ReportService.dueDefinitions(Instant)", SCHEDULER),
                internal("ReportService.claimRun(ReportDefinition, Instant)", SCHEDULER),
                internal("PledgeReportReader.agencyItems(LocalDate, Long)", REPORT_JOB),
                internal("PledgeReportReader.dossierFiles(LocalDate, Long)", REPORT_JOB),
                internal("SnapshotReportReader.publishedFocusAreas()", REPORT_JOB),
                internal("SnapshotReportReader.agencyStatus(LocalDate, ReportFilters, List)", REPORT_JOB),
                internal("SnapshotReportReader.agencyStatusSummary(LocalDate, ReportFilters, List, String)", REPORT_JOB),
                internal("SnapshotReportReader.focusAreaSummary(LocalDate, String)", REPORT_JOB),
                internal("SnapshotReportReader.focusAreaSummaryTotals(LocalDate, String)", REPORT_JOB),
                internal("SnapshotReportReader.grantDeliverables(LocalDate, ReportFilters)", REPORT_JOB),
                internal("SnapshotReportReader.grantDeliverablesSummary(LocalDate, ReportFilters, String)", REPORT_JOB),
                internal("SnapshotReportReader.providerActivity(LocalDate, Long)", REPORT_JOB),
                internal("SnapshotReportReader.providerActivitySummary(LocalDate, Long, String)", REPORT_JOB),
                internal("SnapshotReportReader.deliverablesComputedAt(LocalDate)", REPORT_JOB),
                internal("GrantReportReader.overdueDeliverables(LocalDate, Long, Long, String)", REPORT_JOB),
                internal("GrantReportReader.overdueDeliverablesSummary(LocalDate, Long, Long, String)", REPORT_JOB),
                internal("GrantReportReader.progressReport(LocalDate, long)", REPORT_JOB),
                // TA requests
                row("TaRequestService.submit(CurrentUser, NewTaRequest)", (s, t, u) -> s.requests().submit(u,
                        new NewTaRequest(t.grantId(), "Help", null, null, "We need help.", Urgency.LOW)),
                        REPORTS_PROGRESS).onRecords(),
                row("TaRequestService.visibleRequests(CurrentUser)", (s, t, u) -> s.requests().visibleRequests(u), EVERYONE),
                row("TaRequestService.request(CurrentUser, long)", (s, t, u) -> s.requests().request(u, t.taRequestId()),
                        READS_AGENCY).onRecords(),
                row("TaRequestService.canTriage(CurrentUser, TaRequest)",
                        (s, t, u) -> s.requests().canTriage(u, t.taRequest()), EVERYONE),
                row("TaRequestService.accept(CurrentUser, long, int, long, DeliverablePlan)", (s, t, u) -> s.requests()
                        .accept(u, t.taRequestId(), t.taRequestVersion(), t.grantId(), MatrixWorld.plan(t.providerOrgId())),
                        REVIEWS).onRecords(),
                row("TaRequestService.decline(CurrentUser, long, int, String)",
                        (s, t, u) -> s.requests().decline(u, t.taRequestId(), t.taRequestVersion(), "Out of scope"),
                        REVIEWS).onRecords(),
                row("TaRequestService.askForInformation(CurrentUser, long, int, String)", (s, t, u) -> s.requests()
                        .askForInformation(u, t.taRequestId(), t.taRequestVersion(), "Which unit?"), REVIEWS).onRecords(),
                row("TaRequestService.addInformation(CurrentUser, long, int, String)", (s, t, u) -> s.requests()
                        .addInformation(u, t.taRequestId(), t.taRequestVersion(), "Patrol"), REPORTS_PROGRESS).onRecords(),
                // drafts
                row("DraftService.save(CurrentUser, DraftPlace, String)", (s, t, u) -> s.drafts()
                        .save(u, DraftPlace.itemNotes(t.openItemId()), "Half a note"), READS_AGENCY).onRecords(),
                row("DraftService.save(CurrentUser, DraftPlace, String)", (s, t, u) -> s.drafts()
                        .save(u, DraftPlace.taRequestMessage(t.taRequestId()), "Half a question"), READS_AGENCY)
                        .variant("TA request message").onRecords(),
                row("DraftService.save(CurrentUser, DraftPlace, String)", (s, t, u) -> s.drafts()
                        .save(u, DraftPlace.newTaRequest(t.agencyId()), "Half a request"), REPORTS_PROGRESS)
                        .variant("new TA request").onRecords(),
                row("DraftService.find(CurrentUser, DraftPlace)", (s, t, u) -> s.drafts()
                        .find(u, DraftPlace.itemComment(t.openItemId())), READS_AGENCY).onRecords(),
                row("DraftService.discard(CurrentUser, DraftPlace)", (s, t, u) -> s.drafts()
                        .discard(u, DraftPlace.itemComment(t.openItemId())), READS_AGENCY).onRecords(),
                internal("RecentSubmissions.once(CurrentUser, String, LongSupplier, Object[])", "called by the services' "
                        + "creates inside their transaction, after their own check"),
                // dashboards
                internal("SnapshotService.latestAsOf()", "the newest snapshot date: a date, no agency's data"),
                internal("SnapshotService.computedAt(LocalDate)", "when a date's numbers were computed: a time, no agency's data"),
                row("SnapshotService.agencyStatus(CurrentUser, LocalDate, String, int, int)",
                        (s, t, u) -> s.snapshots().agencyStatus(u, today(), null, 0, 50), EVERYONE),
                row("SnapshotService.portfolio(CurrentUser, int)", (s, t, u) -> s.snapshots().portfolio(u, 14), STAFF),
                row("SnapshotService.agency(CurrentUser, long, int)", (s, t, u) -> s.snapshots().agency(u, t.agencyId(), 14),
                        READS_AGENCY).onRecords());
    }

    /** The public components below the services: none takes a decision a view could skip. */
    private static List<MatrixRow> infrastructureRows() {
        return List.of(
                internal("AccessPolicy.canReadAgency(CurrentUser, long)", POLICY),
                internal("AccessPolicy.canReportProgress(CurrentUser, long)", POLICY),
                internal("AccessPolicy.canReview(CurrentUser, long)", POLICY),
                internal("AccessPolicy.requireReadAgency(CurrentUser, long)", POLICY),
                internal("AccessPolicy.requireReportProgress(CurrentUser, long)", POLICY),
                internal("AccessPolicy.requireReview(CurrentUser, long)", POLICY),
                internal("AccessPolicy.canDownloadDossier(CurrentUser, long)", POLICY),
                internal("AccessPolicy.requireDossier(CurrentUser, long)", POLICY),
                internal("AccessPolicy.requireRole(CurrentUser, Role[])", POLICY),
                internal("AccessPolicy.readableAgencies(CurrentUser, Field)", POLICY),
                internal("AccessPolicy.readableAgenciesKey(CurrentUser)", POLICY),
                internal("AccessPolicy.unknownRecord(CurrentUser, String, long)", POLICY),
                internal("GrantAccess.canRead(CurrentUser, long)", POLICY),
                internal("GrantAccess.canManage(CurrentUser, long)", POLICY),
                internal("GrantAccess.canActAsGrantee(CurrentUser, long)", POLICY),
                internal("GrantAccess.requireRead(CurrentUser, long)", POLICY),
                internal("GrantAccess.requireManage(CurrentUser, long)", POLICY),
                internal("GrantAccess.requireGrantee(CurrentUser, long)", POLICY),
                internal("GrantAccess.canReviewReports(CurrentUser, long)", POLICY),
                internal("GrantAccess.requireReportReview(CurrentUser, long)", POLICY),
                internal("GrantAccess.canEditPartners(CurrentUser, long)", POLICY),
                internal("GrantAccess.requirePartnerEdit(CurrentUser, long)", POLICY),
                internal("GrantAccess.canChangeAward(CurrentUser, long)", POLICY),
                internal("GrantAccess.requireAwardChange(CurrentUser, long)", POLICY),
                internal("AuditLog.recordAction(CurrentUser, Long, String, long, String)", AUDIT),
                internal("AuditLog.recordAction(CurrentUser, Long, String, long, String, String)", AUDIT),
                internal("AuditLog.recordChange(CurrentUser, Long, String, long, String, Object, Object)", AUDIT),
                internal("AuditLog.historyOf(String, long)", AUDIT),
                internal("AuditLog.lastChangeOf(String, long)", AUDIT),
                internal("FileStore.uploadLimit()", STORAGE),
                internal("FileStore.delete(String)", STORAGE),
                internal("UploadAllowance.check(CurrentUser, StoredFile)", "the upload quota and rate, checked by the "
                        + "upload services after their own access check"),
                internal("RemovedFileDeletion.deleteExpired()", SCHEDULER),
                internal("AuditLog.recordJobAction(String, Long, String, long, String, String)", AUDIT),
                internal("FileStore.store(InputStream, String)", STORAGE),
                internal("FileStore.open(String)", STORAGE),
                internal("ReportStorage.newKey()", STORAGE),
                internal("ReportStorage.create(String)", STORAGE),
                internal("ReportStorage.delete(String)", STORAGE),
                internal("TaskLease.tryAcquire(String, Duration)", SCHEDULER),
                internal("TaskLease.tryAcquire(String, String, Duration)", SCHEDULER),
                internal("TaskLease.release(String)", SCHEDULER),
                internal("TaskLease.release(String, String)", SCHEDULER),
                internal("JobRunLeaseStore.start(long, String, Duration)", SCHEDULER),
                internal("JobRunLeaseStore.renew(Collection, Duration)", SCHEDULER),
                internal("JobRunLeaseStore.end(long)", SCHEDULER),
                internal("JobRunLeaseStore.findExpired()", SCHEDULER),
                internal("JobRunLeaseStore.takeOver(long, String)", SCHEDULER),
                internal("JobRunLeaseStore.findRunningWithoutLease(LocalDateTime)", SCHEDULER),
                internal("JobRunLeaseStore.takeOverUnleased(long, String)", SCHEDULER),
                internal("SnapshotRefreshMarks.findChangeMark()", SCHEDULER),
                internal("SnapshotRefreshMarks.findRefreshedMark(String)", SCHEDULER),
                internal("SnapshotRefreshMarks.recordRefreshed(String, long, Instant)", SCHEDULER),
                internal("ReminderJob.run()", SCHEDULER),
                internal("DemoData.loadIfEmpty()", "start-up with demo data on an empty database"),
                internal("DemoNotice.demoDataLoaded()", "whether the database holds the demo data, which every "
                        + "page's header says to everyone signed in; it reads no one's records"),
                internal("AccountUserDetailsService.loadUserByUsername(String)", SIGN_IN),
                internal("AccountSessions.endAll(long)", "called inside the password change, the password reset and "
                        + "the admin's disable or rights change, after their own access check"),
                internal("AccountSessions.isValid(long, long)", "the session check before every request of a signed-in "
                        + "session: whether the session's own account has ended its sessions"),
                internal("LoginAttemptRecorder.onFailure(AuthenticationFailureBadCredentialsEvent)", SIGN_IN),
                internal("LoginAttemptRecorder.onSuccess(AuthenticationSuccessEvent)", SIGN_IN),
                internal("SingleSignOnService.signIn(String, String, boolean)", SIGN_IN
                        + ": the identity provider has vouched for the e-mail address, and the answer is an account or none"),
                internal("LoginThrottle.isBlocked(String)", SIGN_IN),
                internal("LoginThrottle.recordFailure(String)", SIGN_IN),
                internal("PasswordPolicy.check(String, String)", "the password rules, applied by the account service"),
                internal("PasswordPolicy.problemWith(String, String)", "the password rules, shown while typing"));
    }

    /** The core test context runs on the system clock (UTC). */
    private static LocalDate today() {
        return LocalDate.now(Clock.systemUTC());
    }
}
