package org.pledgetrack.ui.admin;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.pledgetrack.core.agency.OrganizationDetails;
import org.pledgetrack.core.agency.OrganizationKind;
import org.pledgetrack.core.agency.OrganizationService;
import org.pledgetrack.ui.components.FormDialog;

/** Creates or edits a partner organization or TA provider: its kind (new ones only), name, state, city and website. */
class OrganizationDialog extends FormDialog<OrganizationDialog.Fields> {

    /** What the form edits: the organization's kind and its details. */
    public record Fields(OrganizationKind kind, String name, String state, String city, String website) {

        static Fields of(OrganizationKind kind, OrganizationDetails details) {
            return new Fields(kind, details.name(), details.state(), details.city(), details.website());
        }

        OrganizationDetails details() {
            return new OrganizationDetails(name, state, city, website);
        }
    }

    final Select<OrganizationKind> kind = new Select<>();
    final TextField name = new TextField("Name");
    final TextField state = new TextField("State");
    final TextField city = new TextField("City");
    final TextField website = new TextField("Website");

    OrganizationDialog(String heading, boolean isNew) {
        super(heading, Fields.class, "Save");
        setWidth("min(36rem, 95vw)");
        kind.setLabel("Kind");
        kind.setItems(OrganizationService.EDITABLE.stream().sorted().toList());
        kind.setItemLabelGenerator(k -> k == OrganizationKind.TA_PROVIDER ? "TA provider" : "Partner organization");
        kind.setReadOnly(!isNew);
        name.setMaxLength(200);
        state.setMaxLength(2);
        state.setHelperText("Two-letter code, such as KS; may stay empty");
        city.setMaxLength(100);
        website.setMaxLength(500);
        website.setHelperText("Starting with https://; may stay empty");
        form.binder.forField(kind).asRequired("Choose whether it is a partner organization or a TA provider.")
                .bind("kind");
        form.binder.forField(name).asRequired("Enter the organization's name.").bind("name");
        form.binder.forField(state).bind("state");
        form.binder.forField(city).bind("city");
        form.binder.forField(website).bind("website");
        addFields(kind, name, state, city, website);
        wide(name, website);
    }
}
