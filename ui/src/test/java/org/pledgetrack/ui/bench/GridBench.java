package org.pledgetrack.ui.bench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.pledge.AgencyProgress;
import org.pledgetrack.core.pledge.PledgeService;
import org.pledgetrack.core.pledge.PortfolioQuery;
import org.pledgetrack.core.security.AccountUserDetailsService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.KaribuSignIn;
import org.pledgetrack.ui.components.AgencyProgressGrid;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Figures 4a–4c: server time of the agency grids through the real views, Vaadin mocked by Karibu.
 * A first page is the navigation (view built, row count) plus the grid's first page as the client
 * asks for it (rows fetched and rendered); a sort or filter change is the change plus the new first
 * page. Baseline: the service calls behind that page (count and one page of rows), timed the same way.
 */
final class GridBench {

    /** Rows the client asks for at first: Vaadin's default page size. */
    static final int PAGE_SIZE = 50;
    private static final double TARGET_MS = 150;
    private static final String TARGET = "p95 ≤ 150 ms";
    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.pledgetrack.ui");

    private final ApplicationContext context;
    private final BenchAccounts accounts;
    private final PledgeService pledges;
    private final int warmUps;
    private final int runs;

    GridBench(ApplicationContext context, BenchAccounts accounts, int warmUps, int runs) {
        this.context = context;
        this.accounts = accounts;
        this.pledges = context.getBean(PledgeService.class);
        this.warmUps = warmUps;
        this.runs = runs;
    }

    List<Figure> run() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
        try {
            List<Figure> figures = new ArrayList<>();
            figures.add(firstPage("4a", "TA portfolio grid, first page (" + accounts.taStaff + ", "
                    + accounts.taAgencies + " agencies)", accounts.taStaff, "portfolio"));
            figures.add(firstPage("4b", "Overseer agency list, first page", accounts.overseer, "agencies"));
            figures.add(sortChange());
            figures.add(filterChange());
            return figures;
        } finally {
            MockVaadin.tearDown();
            SecurityContextHolder.clearContext();
        }
    }

    private Figure firstPage(String number, String name, String username, String route) {
        signIn(username);
        Timings view = time(() -> navigate("api-tokens"), () -> openFirstPage(route));
        AgencyProgressGrid grid = _get(AgencyProgressGrid.class);
        Timings service = serviceTime(accounts.user(username), query(null, PortfolioQuery.Sort.AGENCY, true));
        return figure(number, name + ", " + GridKt._size(grid) + " rows", view, service);
    }

    /** On the open overseer list: Verified, descending, then ascending, and so on. */
    private Figure sortChange() {
        signIn(accounts.overseer);
        openFirstPage("agencies");
        AgencyProgressGrid grid = _get(AgencyProgressGrid.class);
        Grid.Column<AgencyProgress> verified = grid.getColumns().stream()
                .filter(column -> "Verified".equals(column.getHeaderText())).findFirst().orElseThrow();
        boolean[] descending = {false};
        Timings view = time(() -> descending[0] = !descending[0], () -> {
            grid.sort((descending[0] ? GridSortOrder.desc(verified) : GridSortOrder.asc(verified)).build());
            MockVaadin.clientRoundtrip(false);
        });
        Timings service = serviceTime(accounts.user(accounts.overseer), query(null, PortfolioQuery.Sort.VERIFIED, false));
        return figure("4c", "Sort change on the overseer list (by % verified), new first page", view, service);
    }

    /** On the open overseer list: the state filter set to Kansas, then Texas, and so on. */
    private Figure filterChange() {
        signIn(accounts.overseer);
        openFirstPage("agencies");
        TextField state = _get(TextField.class, spec -> spec.withLabel("State"));
        String[] states = {"KS", "TX"};
        int[] next = {0};
        Timings view = time(() -> next[0]++, () -> {
            state.setValue(states[next[0] % 2]);
            MockVaadin.clientRoundtrip(false);
        });
        Timings service = serviceTime(accounts.user(accounts.overseer), query("KS", PortfolioQuery.Sort.AGENCY, true));
        return figure("4c", "Filter change on the overseer list (state), new first page", view, service);
    }

    private void openFirstPage(String route) {
        navigate(route);
        MockVaadin.clientRoundtrip(false);
        _get(AgencyProgressGrid.class).getDataCommunicator().setViewportRange(0, PAGE_SIZE);
        MockVaadin.clientRoundtrip(false);
    }

    private Timings serviceTime(CurrentUser user, PortfolioQuery query) {
        return time(() -> { }, () -> {
            pledges.countAgencies(user, query);
            pledges.agencyProgress(user, query);
        });
    }

    private Timings time(Runnable untimedBefore, Runnable timed) {
        return Timings.of(warmUps, runs, untimedBefore, timed);
    }

    private void signIn(String username) {
        KaribuSignIn.signIn(context.getBean(AccountUserDetailsService.class), username);
    }

    private static void navigate(String route) {
        UI.getCurrent().navigate(route);
    }

    private static PortfolioQuery query(String state, PortfolioQuery.Sort sort, boolean ascending) {
        return new PortfolioQuery(null, state, sort, ascending, 0, PAGE_SIZE);
    }

    private static Figure figure(String number, String name, Timings view, Timings service) {
        return new Figure(number, name, view.summary(), "service calls behind the page (count + rows)",
                String.format(Locale.US, "p95 %.1f ms", service.p95()), view.p95() / service.p95(), TARGET,
                view.p95() <= TARGET_MS);
    }
}
