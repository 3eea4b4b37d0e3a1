package org.pledgetrack.ui.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.pledgetrack.core.agency.Organization;
import org.pledgetrack.core.agency.OrganizationDetails;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationService;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.security.AuthenticatedUser;

/** Every organization for admins; partner organizations and TA providers are created and edited here. */
@Route("admin/organizations")
@PageTitle("Organizations | pledgetrack")
@RolesAllowed("ADMIN")
public class OrganizationsView extends VerticalLayout {

    private final OrganizationService organizations;
    private final CurrentUser admin;
    private final Grid<Organization> grid = new Grid<>(Organization.class, false);
    private final Select<OrganizationKind> kindFilter = new Select<>();

    OrganizationsView(OrganizationService organizations, AuthenticatedUser authenticatedUser) {
        this.organizations = organizations;
        this.admin = authenticatedUser.get();
        addClassName("organizations-view");
        setSizeFull();
        configureGrid();
        add(toolbar(), grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private Component toolbar() {
        Button create = new Button("New organization", VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        kindFilter.setLabel("Kind");
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption("All kinds");
        kindFilter.setItems(OrganizationKind.values());
        kindFilter.setItemLabelGenerator(kind -> kind == null ? "All kinds" : AccountDialog.kindLabel(kind));
        kindFilter.addValueChangeListener(change -> refresh());
        HorizontalLayout toolbar = new HorizontalLayout(kindFilter, create);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.addClassName("organizations-grid");
        grid.addColumn(Organization::name).setHeader("Name").setKey("name").setFlexGrow(2).setSortable(true);
        grid.addColumn(org -> AccountDialog.kindLabel(org.kind())).setHeader("Kind").setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(org -> org.city() == null ? "" : org.city()).setHeader("City").setAutoWidth(true);
        grid.addColumn(org -> org.state() == null ? "" : org.state()).setHeader("State").setAutoWidth(true);
        grid.addComponentColumn(this::editButton).setHeader("").setKey("edit").setAutoWidth(true);
        grid.setEmptyStateText("No organizations of this kind yet: add one with New organization.");
    }

    private Button editButton(Organization org) {
        Button edit = new Button("Edit", click -> openEdit(org));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        edit.setVisible(OrganizationService.EDITABLE.contains(org.kind()));
        return edit;
    }

    private void openCreate() {
        new OrganizationDialog("New organization", true).edit(
                OrganizationDialog.Fields.of(OrganizationKind.PARTNER, new OrganizationDetails("", "", "", "")),
                fields -> {
                    organizations.create(admin, fields.kind(), fields.details());
                    return "Added " + fields.name().strip() + ".";
                }, this::refresh);
    }

    private void openEdit(Organization org) {
        new OrganizationDialog("Edit " + org.name(), false).edit(
                OrganizationDialog.Fields.of(org.kind(), new OrganizationDetails(org.name(), org.state(), org.city(),
                        org.website())),
                fields -> {
                    organizations.update(admin, org.id(), org.version(), fields.details());
                    return "Saved " + fields.name().strip() + ".";
                }, this::refresh);
    }

    private void refresh() {
        OrganizationKind kind = kindFilter.getValue();
        grid.setItems(organizations.organizations(admin).stream()
                .filter(org -> kind == null || org.kind() == kind).toList());
    }
}
