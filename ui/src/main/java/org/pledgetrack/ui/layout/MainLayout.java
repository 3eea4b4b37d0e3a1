package org.pledgetrack.ui.layout;

import java.time.Clock;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.account.UserService;
import org.pledgetrack.core.demo.DemoNotice;
import org.pledgetrack.core.notification.NotificationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.admin.OrganizationsView;
import org.pledgetrack.ui.catalog.CatalogView;
import org.pledgetrack.ui.admin.RosterImportView;
import org.pledgetrack.ui.admin.UsersView;
import org.pledgetrack.ui.assignment.TaAssignmentsView;
import org.pledgetrack.ui.agency.AgenciesView;
import org.pledgetrack.ui.api.ApiTokensView;
import org.pledgetrack.ui.dashboard.DashboardView;
import org.pledgetrack.ui.grant.GrantsView;
import org.pledgetrack.ui.grant.MyDeliverablesView;
import org.pledgetrack.ui.jobs.JobsView;
import org.pledgetrack.ui.notification.NotificationBell;
import org.pledgetrack.ui.notification.NotificationSettingsView;
import org.pledgetrack.ui.pledge.MyPledgeView;
import org.pledgetrack.ui.portfolio.PortfolioView;
import org.pledgetrack.ui.request.TaRequestsView;
import org.pledgetrack.ui.report.ReportsView;
import org.pledgetrack.ui.review.ReviewQueueView;
import org.pledgetrack.ui.security.AuthenticatedUser;
import org.pledgetrack.ui.security.ChangePasswordDialog;

/** The one layout: a header with the page title, a drawer with navigation and the signed-in user. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    static final String CONTENT_ID = "main-content";

    private final H1 pageTitle = new H1();
    private final AuthenticatedUser authenticatedUser;
    private final AccessAnnotationChecker accessChecker;
    private final UserService users;
    private final NotificationBell bell;

    MainLayout(AuthenticatedUser authenticatedUser, AccessAnnotationChecker accessChecker, UserService users,
               NotificationService notifications, DemoNotice demoNotice, Clock clock) {
        this.authenticatedUser = authenticatedUser;
        this.accessChecker = accessChecker;
        this.users = users;
        this.bell = new NotificationBell(notifications, authenticatedUser.get(), clock);
        setPrimarySection(Section.DRAWER);
        addToNavbar(true, skipLink(), new DrawerToggle(), pageTitle);
        if (demoNotice.demoDataLoaded()) {
            addToNavbar(true, demoDataBadge());
        }
        addToNavbar(true, bell);
        pageTitle.addClassName("page-title");
        addToDrawer(brand(), new Scroller(navigation()), userFooter(authenticatedUser.get()));
    }

    /** A small mark on every page while the database holds the demo data; it says what in it is real. */
    private static Component demoDataBadge() {
        Button badge = new Button("Demo data");
        badge.addClassName("demo-data-badge");
        badge.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        badge.setTooltipText(DemoNotice.TEXT);
        badge.addClickListener(click -> Notification.show(DemoNotice.TEXT, 15_000, Notification.Position.TOP_END));
        return badge;
    }

    /**
     * "Skip to content", the first Tab stop of every page: it moves the focus past the header and the
     * navigation to the view. The browser does it on the click, without the router: the page's base
     * address would turn a plain "#main-content" into a navigation to the start page. Hidden until focused.
     */
    private static Component skipLink() {
        Anchor skip = new Anchor("#" + CONTENT_ID, "Skip to content");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const content = document.getElementById($0);
                    if (content) {
                        content.focus();
                    }
                });""", CONTENT_ID);
        return skip;
    }

    private static Component brand() {
        Span name = new Span("pledgetrack");
        name.addClassName("brand-name");
        Span tagline = new Span("Trust Building Campaign · BCJI TA");
        tagline.addClassName("brand-tagline");
        Header header = new Header(name, tagline);
        header.addClassName("brand");
        return header;
    }

    /** Only the views this user's role may open appear; the rule lives on the views' annotations. */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        addIfAllowed(nav, "My pledge", MyPledgeView.class, VaadinIcon.CLIPBOARD_CHECK);
        addIfAllowed(nav, "Portfolio", PortfolioView.class, VaadinIcon.USERS);
        addIfAllowed(nav, "Review queue", ReviewQueueView.class, VaadinIcon.CHECK_SQUARE_O);
        addIfAllowed(nav, "Agencies", AgenciesView.class, VaadinIcon.BUILDING);
        addIfAllowed(nav, "Grants and TA", GrantsView.class, VaadinIcon.HANDSHAKE);
        addIfAllowed(nav, "My deliverables", MyDeliverablesView.class, VaadinIcon.CALENDAR_CLOCK);
        addIfAllowed(nav, "TA requests", TaRequestsView.class, VaadinIcon.QUESTION_CIRCLE_O);
        addIfAllowed(nav, "Dashboard", DashboardView.class, VaadinIcon.CHART);
        addIfAllowed(nav, "Reports", ReportsView.class, VaadinIcon.FILE_TABLE);
        addIfAllowed(nav, "Status jobs", JobsView.class, VaadinIcon.COGS);
        addIfAllowed(nav, "Accounts", UsersView.class, VaadinIcon.USER_CARD);
        addIfAllowed(nav, "Organizations", OrganizationsView.class, VaadinIcon.OFFICE);
        addIfAllowed(nav, "Campaign catalog", CatalogView.class, VaadinIcon.BOOK);
        addIfAllowed(nav, "Roster import", RosterImportView.class, VaadinIcon.UPLOAD);
        addIfAllowed(nav, "TA assignments", TaAssignmentsView.class, VaadinIcon.CONNECT);
        addIfAllowed(nav, "API tokens", ApiTokensView.class, VaadinIcon.KEY);
        return nav;
    }

    private void addIfAllowed(SideNav nav, String label, Class<? extends Component> view, VaadinIcon icon) {
        if (accessChecker.hasAccess(view)) {
            nav.addItem(new SideNavItem(label, view, icon.create()));
        }
    }

    private Component userFooter(CurrentUser user) {
        Span name = new Span(user.displayName());
        name.addClassName("user-name");
        Span organization = new Span(user.organizationName());
        organization.addClassName("user-organization");
        Button changePassword = new Button("Password", VaadinIcon.KEY_O.create(),
                click -> new ChangePasswordDialog(users, user).open());
        changePassword.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        changePassword.setTooltipText("Change your password");
        Button notificationSettings = new Button("Notifications", VaadinIcon.BELL_O.create(),
                click -> UI.getCurrent().navigate(NotificationSettingsView.class));
        notificationSettings.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        notificationSettings.setTooltipText("Choose how notifications reach you by e-mail");
        Button signOut = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authenticatedUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div actions = new Div(changePassword, notificationSettings, signOut);
        actions.addClassName("user-actions");
        Footer footer = new Footer(new Div(name, organization), actions);
        footer.addClassName("user-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // the skip link's target: focusable by script and link, not a Tab stop of its own
        getContent().setId(CONTENT_ID);
        getContent().getElement().setAttribute("tabindex", "-1");
        pageTitle.setText(PageTitles.of(getContent()));
        bell.refresh();
    }
}
