package org.pledgetrack.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.pledgetrack.core.account.NewUser;
import org.pledgetrack.core.account.UserRepository;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.apitoken.ApiTokenService;
import org.pledgetrack.core.catalog.CatalogService;
import org.pledgetrack.core.demo.DemoAccounts;
import org.pledgetrack.core.demo.DemoGrantAwards;
import org.pledgetrack.core.grant.AttachmentService;
import org.pledgetrack.core.grant.DeliverablePlan;
import org.pledgetrack.core.grant.DeliverableService;
import org.pledgetrack.core.grant.DeliverableType;
import org.pledgetrack.core.grant.DeliveryRecord;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.GranteeReport;
import org.pledgetrack.core.grant.GrantsIntegrationTest;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.ReportNarrative;
import org.pledgetrack.core.grant.ReportReview;
import org.pledgetrack.core.pledge.EvidenceService;
import org.pledgetrack.core.pledge.ItemDetailsChange;
import org.pledgetrack.core.pledge.ItemStatus;
import org.pledgetrack.core.pledge.PledgeItem;
import org.pledgetrack.core.pledge.PledgeItemService;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.report.ReportFilters;
import org.pledgetrack.core.report.ReportFormat;
import org.pledgetrack.core.report.ReportService;
import org.pledgetrack.core.report.ReportType;
import org.pledgetrack.core.request.NewTaRequest;
import org.pledgetrack.core.request.TaRequestService;
import org.pledgetrack.core.request.Urgency;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.core.security.Role;
import org.pledgetrack.core.testsupport.DemoGrants;
import org.pledgetrack.core.testsupport.Items;
import org.pledgetrack.core.testsupport.MutableClock;
import org.pledgetrack.core.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every limit a form's service puts on a field, one row per rule, each refused with its exact
 * message before anything reaches the database: text no longer than its column, dates in their
 * range, numbers in theirs. The rows use their own TA request and deliverable and the demo data,
 * so they hold on a shared database too.
 */
@GrantsIntegrationTest
class FormLimitsIntegrationTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final String PASSWORD = "granite-meadow-river-7";

    @Autowired PledgeService pledges;
    @Autowired PledgeItemService items;
    @Autowired EvidenceService evidence;
    @Autowired TaRequestService requests;
    @Autowired DeliverableService deliverables;
    @Autowired AttachmentService attachments;
    @Autowired GrantService grants;
    @Autowired ProgressReportService progressReports;
    @Autowired ApiTokenService tokens;
    @Autowired ReportService reports;
    @Autowired UserService accounts;
    @Autowired CatalogService catalog;
    @Autowired UserRepository users;
    @Autowired MutableClock clock;

    /** A field rule: the call that breaks it and the message the user reads. */
    record Rule(String field, ThrowingCallable call, String message) {
    }

    @TestFactory
    Stream<DynamicTest> everyFieldRuleRefusesWithItsMessage() {
        clock.setDate(TODAY);
        return Stream.of(pledgeItemRules(), pledgeRules(), taRequestRules(), deliverableRules(), otherFormRules())
                .flatMap(List::stream)
                .map(rule -> DynamicTest.dynamicTest(rule.field(), () -> assertThatThrownBy(rule.call())
                        .isInstanceOf(IllegalArgumentException.class).hasMessage(rule.message())));
    }

    private List<Rule> pledgeItemRules() {
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        PledgeOverview pledge = pledges.overview(wichita, wichita.organizationId()).orElseThrow();
        LocalDate latest = pledge.targetOn().plusYears(2);
        String window = "The target date must fall between the pledge's signing (" + pledge.signedOn()
                + ") and two years after its target date (" + latest + ").";
        long itemId = Items.item(pledges, wichita, wichita.organizationId(), 15).id();
        return List.of(
                new Rule("item owner: 200 characters", () -> details(wichita, itemId, "x".repeat(201), null, null),
                        "The owner can have at most 200 characters."),
                new Rule("item notes: 4,000 characters", () -> details(wichita, itemId, null, null, "x".repeat(4001)),
                        "The notes can have at most 4,000 characters."),
                new Rule("item target date: not before the pledge was signed",
                        () -> details(wichita, itemId, null, pledge.signedOn().minusDays(1), null), window),
                new Rule("item target date: at most two years after the pledge's target date",
                        () -> details(wichita, itemId, null, latest.plusDays(1), null), window),
                new Rule("status comment: 2,000 characters (the width of the status history's reason)",
                        () -> items.changeStatus(wichita, itemId, item(wichita, itemId).version(), ItemStatus.IN_PROGRESS,
                                "x".repeat(2001)),
                        "The comment can have at most 2,000 characters."),
                new Rule("comment: 4,000 characters", () -> items.addComment(wichita, itemId, "x".repeat(4001)),
                        "The comment can have at most 4,000 characters."),
                new Rule("evidence link: 2,000 characters",
                        () -> evidence.addLink(wichita, itemId, "https://example.org/" + "x".repeat(1981), null),
                        "The web address can have at most 2,000 characters."),
                new Rule("evidence link: http or https only",
                        () -> evidence.addLink(wichita, itemId, "javascript:alert(1)", null),
                        "Enter a web address that starts with http:// or https://."),
                new Rule("evidence description: 1,000 characters",
                        () -> evidence.addLink(wichita, itemId, "https://example.org/policy", "x".repeat(1001)),
                        "The description can have at most 1,000 characters."));
    }

    private List<Rule> pledgeRules() {
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        PledgeOverview pledge = pledges.overview(wichita, wichita.organizationId()).orElseThrow();
        var edition = catalog.currentVersion();
        return List.of(
                new Rule("withdrawal reason: 1,000 characters",
                        () -> pledges.withdraw(ta, pledge.pledgeId(), pledge.version(), "x".repeat(1001)),
                        "The reason can have at most 1,000 characters."),
                new Rule("signed date: required",
                        () -> pledges.startPledge(ta, wichita.organizationId(), edition.id(), null),
                        "Enter the date the pledge was signed."),
                new Rule("signed date: not in the future",
                        () -> pledges.startPledge(ta, wichita.organizationId(), edition.id(), TODAY.plusDays(1)),
                        "The signed date cannot be in the future."),
                new Rule("signed date: not before the campaign edition",
                        () -> pledges.startPledge(ta, wichita.organizationId(), edition.id(),
                                edition.publishedOn().minusDays(1)),
                        "The signed date cannot be before the campaign edition was published ("
                                + edition.publishedOn() + ")."));
    }

    private List<Rule> taRequestRules() {
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        long requestId = requests.submit(wichita, new NewTaRequest(null, "Form limits: community survey", null, null,
                "Help with a resident survey.", Urgency.NORMAL));
        int version = requests.request(ta, requestId).version();
        return List.of(
                new Rule("TA request topic: 200 characters", () -> requests.submit(wichita, new NewTaRequest(null,
                        "x".repeat(201), null, null, "Help.", Urgency.LOW)), "The topic can have at most 200 characters."),
                new Rule("TA request description: 4,000 characters", () -> requests.submit(wichita, new NewTaRequest(null,
                        "Survey", null, null, "x".repeat(4001), Urgency.LOW)),
                        "The description can have at most 4,000 characters."),
                new Rule("TA request decline reason: 2,000 characters",
                        () -> requests.decline(ta, requestId, version, "x".repeat(2001)),
                        "The reason can have at most 2,000 characters."),
                new Rule("TA request question: 2,000 characters",
                        () -> requests.askForInformation(ta, requestId, version, "x".repeat(2001)),
                        "The question can have at most 2,000 characters."));
    }

    private List<Rule> deliverableRules() {
        CurrentUser ta = user(DemoAccounts.TA_STAFF);
        GrantDetail grant = grants.grant(ta, DemoGrants.wichitaCurrent(grants, ta).id());
        long grantId = grant.summary().id();
        String period = "(" + grant.summary().startOn() + " to " + grant.summary().endOn() + ").";
        long deliverableId = deliverables.plan(ta, grantId, plan(grant, "Form limits: roll-call briefing",
                TODAY.plusDays(10), null));
        int version = deliverables.deliverable(ta, deliverableId).version();
        return List.of(
                new Rule("deliverable title: 300 characters",
                        () -> deliverables.plan(ta, grantId, plan(grant, "x".repeat(301), TODAY, null)),
                        "The title can have at most 300 characters."),
                new Rule("deliverable due date: within the grant period",
                        () -> deliverables.plan(ta, grantId, plan(grant, "Late", grant.summary().endOn().plusDays(1), null)),
                        "The due date must fall within the grant period " + period),
                new Rule("deliverable scheduled date: within the grant period",
                        () -> deliverables.plan(ta, grantId, plan(grant, "Early", TODAY,
                                grant.summary().startOn().minusDays(1))),
                        "The scheduled date must fall within the grant period " + period),
                new Rule("delivered date: not in the future", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY.plusDays(1), "2", 10, "4", null)), "The delivered date cannot be in the future."),
                new Rule("hours: more than zero", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY, "0", 10, "4", null)), "Hours must be more than zero."),
                new Rule("hours: at most 1,000", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY, "1000.25", 10, "4", null)), "Hours can be at most 1,000 for one deliverable."),
                new Rule("attendees: not negative", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY, "2", -1, "4", null)), "The attendee count cannot be negative."),
                new Rule("attendees: at most 10,000", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY, "2", 10_001, "4", null)), "The attendee count can be at most 10,000."),
                new Rule("participant rating: 1 to 5", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY, "2", 10, "5.5", null)), "The participant rating must be between 1 and 5."),
                new Rule("outcome note: 2,000 characters", () -> deliverables.recordDelivery(ta, deliverableId, version,
                        delivery(TODAY, "2", 10, "4", "x".repeat(2001))),
                        "The outcome note can have at most 2,000 characters."),
                new Rule("cancel reason: 1,000 characters",
                        () -> deliverables.cancel(ta, deliverableId, version, "x".repeat(1001)),
                        "The reason can have at most 1,000 characters."),
                new Rule("attachment label: 100 characters",
                        () -> attachments.attach(ta, deliverableId, Items.pdf(), "agenda.pdf", "x".repeat(101)),
                        "The file label can have at most 100 characters."));
    }

    private List<Rule> otherFormRules() {
        CurrentUser wichita = user(DemoAccounts.WICHITA_AGENCY);
        CurrentUser overseer = user(DemoAccounts.OVERSEER);
        CurrentUser admin = user(DemoAccounts.ADMIN);
        long grantId = DemoGrants.wichitaCurrent(grants, wichita).id();
        GranteeReport open = grants.reportSchedule(wichita, grantId).stream()
                .filter(r -> r.review() == ReportReview.NOT_STARTED).findFirst().orElseThrow();
        // Dayton's latest report waits for the overseer
        long daytonGrantId = DemoGrants.byAward(grants, overseer, DemoGrantAwards.DAYTON).id();
        GranteeReport submitted = grants.reportSchedule(overseer, daytonGrantId).stream()
                .filter(r -> r.review() == ReportReview.SUBMITTED).findFirst().orElseThrow();
        return List.of(
                new Rule("progress report answer: 4,000 characters",
                        () -> progressReports.saveDraft(wichita, open.id(), open.version(),
                                new ReportNarrative("x".repeat(4001), null, null, null), Map.of()),
                        "The accomplishments can have at most 4,000 characters."),
                new Rule("progress report: not submitted before its period ends",
                        () -> progressReports.submit(wichita, open.id(), open.version(), ReportNarrative.empty(),
                                Map.of()),
                        "The report can be submitted after its period ends on " + open.periodEnd() + "."),
                new Rule("progress report return comment: 2,000 characters",
                        () -> progressReports.returnToGrantee(overseer, submitted.id(), submitted.version(),
                                "x".repeat(2001)),
                        "The comment can have at most 2,000 characters."),
                new Rule("API token name: 100 characters",
                        () -> tokens.create(wichita, DemoAccounts.PASSWORD, "x".repeat(101), 30),
                        "Give the token a name of 1 to 100 characters."),
                new Rule("API token validity: at least a day",
                        () -> tokens.create(wichita, DemoAccounts.PASSWORD, "Dashboard", 0),
                        "A token is valid for 1 to 90 days."),
                new Rule("API token validity: at most 90 days (pledgetrack.api.token-max-validity)",
                        () -> tokens.create(wichita, DemoAccounts.PASSWORD, "Dashboard", 91),
                        "A token is valid for 1 to 90 days."),
                new Rule("API token: the current password again",
                        () -> tokens.create(wichita, "not the password", "Dashboard", 30),
                        "The current password is not right."),
                new Rule("report as-of date: not in the future", () -> reports.request(overseer, ReportType.AGENCY_STATUS,
                        ReportFormat.CSV, TODAY.plusDays(1), ReportFilters.NONE), "The as-of date cannot be in the future."),
                new Rule("recurring report name: 200 characters", () -> reports.saveDefinition(overseer, "x".repeat(201),
                        ReportType.AGENCY_STATUS, ReportFormat.CSV, ReportFilters.NONE, "0 0 6 1 * *"),
                        "The name can have at most 200 characters."),
                new Rule("recurring report schedule: 100 characters", () -> reports.saveDefinition(overseer, "Monthly",
                        ReportType.AGENCY_STATUS, ReportFormat.CSV, ReportFilters.NONE, "0 0 6 1 * *" + " ".repeat(50)
                                + "x".repeat(50)),
                        "The schedule can have at most 100 characters."),
                new Rule("account user name: 100 characters", () -> accounts.createAccount(admin,
                        account("x".repeat(101), "Form Limits", "limits@example.org")),
                        "The user name can have at most 100 characters."),
                new Rule("account name: 200 characters", () -> accounts.createAccount(admin,
                        account("form.limits", "x".repeat(201), "limits@example.org")),
                        "The name can have at most 200 characters."),
                new Rule("account e-mail: 254 characters", () -> accounts.createAccount(admin,
                        account("form.limits", "Form Limits", "x".repeat(243) + "@example.org")),
                        "The e-mail address can have at most 254 characters."),
                new Rule("account e-mail: looks like one", () -> accounts.createAccount(admin,
                        account("form.limits", "Form Limits", "limits at example.org")),
                        "Enter an e-mail address such as name@agency.gov."));
    }

    private void details(CurrentUser user, long itemId, String owner, LocalDate targetOn, String notes) {
        items.updateDetails(user, itemId, item(user, itemId).version(), new ItemDetailsChange(owner, targetOn, notes));
    }

    private PledgeItem item(CurrentUser user, long itemId) {
        return items.detail(user, itemId).item();
    }

    private static DeliverablePlan plan(GrantDetail grant, String title, LocalDate due, LocalDate scheduled) {
        return new DeliverablePlan(DeliverableType.TRAINING, title, null, grant.providers().getFirst().id(), due,
                scheduled, Set.of(), Set.of());
    }

    private static DeliveryRecord delivery(LocalDate on, String hours, Integer attendees, String rating, String note) {
        return new DeliveryRecord(on, new BigDecimal(hours), attendees, new BigDecimal(rating), note);
    }

    private NewUser account(String username, String name, String email) {
        return new NewUser(username, PASSWORD, name, email, Role.OVERSEER, user(DemoAccounts.ADMIN).organizationId());
    }

    private CurrentUser user(String username) {
        return Users.signedIn(users, username);
    }
}
