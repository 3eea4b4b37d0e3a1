package org.pledgetrack.ui.catalog;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import org.pledgetrack.core.catalog.CatalogItem;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.pledge.CatalogMigrationPlan;
import org.pledgetrack.core.pledge.CatalogMigrationService;
import org.pledgetrack.core.pledge.PledgeOnVersion;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.StatusBadge;

/**
 * Moves one pledge to a published version: the admin picks the pledge, checks the proposed item-by-item mapping
 * (same number to same number) and changes it where the new version moved or merged items. An old item left
 * without a new one is dropped, which the service allows only when nothing is recorded on it.
 */
class CatalogMigrationDialog extends Dialog {

    final ComboBox<PledgeOnVersion> pledge = new ComboBox<>("Pledge");
    final Grid<CatalogMigrationPlan.Line> mapping = new Grid<>();
    final Button migrate = new Button("Move pledge");
    private final Map<Long, ComboBox<CatalogItem>> choices = new HashMap<>();
    private final CatalogMigrationService migrations;
    private final CurrentUser admin;
    private final CatalogVersion target;
    private CatalogMigrationPlan plan;

    CatalogMigrationDialog(CatalogMigrationService migrations, CurrentUser admin, CatalogVersion target,
                           Runnable onMigrated) {
        this.migrations = migrations;
        this.admin = admin;
        this.target = target;
        setHeaderTitle("Move a pledge to " + target.code());
        setWidth("min(70rem, 98vw)");
        pledge.setItems(migrations.pledgesNotOn(admin, target.id()));
        pledge.setItemLabelGenerator(p -> p.agencyName() + " (" + p.state() + "), " + p.status().label()
                + ", on " + p.catalogCode());
        pledge.setWidth("32rem");
        pledge.setHelperText("Pledges stay on their version until they are moved here");
        pledge.addValueChangeListener(change -> showPlan(change.getValue()));
        configureMapping();
        add(new Paragraph("Each item keeps its status, evidence, comments and history and answers the new item "
                + "chosen for it. A new item that no old item maps to starts not started."), pledge, mapping);
        migrate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        migrate.setEnabled(false);
        migrate.addClickListener(click -> {
            PledgeOnVersion chosen = pledge.getValue();
            if (ActionFeedback.attempt(() -> migrations.migrate(admin, plan.pledgeId(), target.id(), chosenMapping()),
                    () -> showPlan(chosen))) {
                ActionFeedback.saved(chosen.agencyName() + " is now on " + target.code() + ".");
                onMigrated.run();
                close();
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), migrate);
    }

    private void configureMapping() {
        mapping.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        mapping.addColumn(line -> line.oldItem().number() + ". " + line.oldItem().title()).setHeader("Item now")
                .setFlexGrow(2);
        mapping.addComponentColumn(line -> StatusBadge.of(line.status())).setHeader("Status").setAutoWidth(true);
        mapping.addColumn(line -> line.hasWork() ? "Progress recorded: must be mapped" : "Nothing recorded")
                .setHeader("Recorded").setAutoWidth(true);
        mapping.addComponentColumn(this::choice).setHeader("Becomes item of " + target.code()).setFlexGrow(2);
        mapping.setEmptyStateText("Choose a pledge above to see its items and where each goes.");
        mapping.setHeight("50vh");
    }

    private ComboBox<CatalogItem> choice(CatalogMigrationPlan.Line line) {
        return choices.computeIfAbsent(line.oldItem().id(), id -> {
            ComboBox<CatalogItem> box = new ComboBox<>();
            box.setItems(target.items());
            box.setItemLabelGenerator(item -> item.number() + ". " + item.title());
            box.setClearButtonVisible(true);
            box.setPlaceholder(line.hasWork() ? "Choose an item" : "Dropped");
            box.setWidthFull();
            box.getElement().setAttribute("aria-label", "New item for item " + line.oldItem().number());
            if (line.proposedItemId() != null) {
                target.item(line.proposedItemId()).ifPresent(box::setValue);
            }
            return box;
        });
    }

    private void showPlan(PledgeOnVersion chosen) {
        choices.clear();
        if (chosen == null) {
            mapping.setItems();
            migrate.setEnabled(false);
            return;
        }
        plan = migrations.plan(admin, chosen.pledgeId(), target.id());
        mapping.setItems(plan.lines());
        migrate.setEnabled(true);
    }

    private Map<Long, Long> chosenMapping() {
        Map<Long, Long> chosen = new HashMap<>();
        for (CatalogMigrationPlan.Line line : plan.lines()) {
            CatalogItem item = choice(line).getValue();
            if (item != null) {
                chosen.put(line.oldItem().id(), item.id());
            }
        }
        return chosen;
    }
}
