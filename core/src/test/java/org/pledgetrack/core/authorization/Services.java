package org.pledgetrack.core.authorization;

import org.pledgetrack.core.account.AccountAdminService;
import org.pledgetrack.core.actionplan.ActionPlanService;
import org.pledgetrack.core.account.InvitationService;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.agency.OrganizationService;
import org.pledgetrack.core.agency.AgencyService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.assignment.TaAssignmentService;
import org.pledgetrack.core.catalog.CatalogEditorService;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.draft.DraftService;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.GrantPartnerService;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.TaEventService;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.pledge.AgencyListPages;
import org.pledgetrack.core.pledge.CatalogMigrationService;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.PledgeDossierService;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.snapshot.SnapshotService;
import org.pledgetrack.core.worklist.NeedsYouService;
import org.springframework.context.ApplicationContext;

/** The core services the matrix calls, as the views, the API and the jobs get them. */
record Services(UserService users, AgencyService agencies, ApiTokenService tokens, AttachmentService attachments,
                DeliverableService deliverables, GrantService grants, NotificationService notifications,
                EvidenceService evidence, PledgeItemService items, PledgeService pledges, ReportService reports,
                TaRequestService requests, SnapshotService snapshots, CatalogService catalog, DraftService drafts,
                AgencyListPages agencyPages, TaAssignmentService assignments, AccountAdminService accountAdmin,
                InvitationService invitations, OrganizationService organizations,
                ProgressReportService progressReports, GrantPartnerService partners, NeedsYouService needsYou,
                CatalogEditorService catalogEditor, CatalogMigrationService catalogMigrations,
                ActionPlanService actionPlans, TaEventService events,
                PledgeDossierService dossiers) {

    static Services from(ApplicationContext context) {
        return new Services(context.getBean(UserService.class), context.getBean(AgencyService.class),
                context.getBean(ApiTokenService.class), context.getBean(AttachmentService.class),
                context.getBean(DeliverableService.class), context.getBean(GrantService.class),
                context.getBean(NotificationService.class), context.getBean(EvidenceService.class),
                context.getBean(PledgeItemService.class), context.getBean(PledgeService.class),
                context.getBean(ReportService.class), context.getBean(TaRequestService.class),
                context.getBean(SnapshotService.class), context.getBean(CatalogService.class),
                context.getBean(DraftService.class), context.getBean(AgencyListPages.class),
                context.getBean(TaAssignmentService.class), context.getBean(AccountAdminService.class),
                context.getBean(InvitationService.class), context.getBean(OrganizationService.class),
                context.getBean(ProgressReportService.class), context.getBean(GrantPartnerService.class),
                context.getBean(NeedsYouService.class), context.getBean(CatalogEditorService.class),
                context.getBean(CatalogMigrationService.class), context.getBean(ActionPlanService.class),
                context.getBean(TaEventService.class),
                context.getBean(PledgeDossierService.class));
    }
}
