package org.pledgetrack.ui.pledge;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.catalog.CatalogVersion;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeStatus;

/**
 * What admins and the agency's TA staff do with a pledge: start one (catalog version and signed
 * date) or withdraw it with a reason. Completion and recognition are IACP's to record
 * ({@link RecognitionForm}). Fires events; the view calls the service.
 */
class PledgeManagementForm extends Div {

    PledgeManagementForm(PledgeOverview current, List<CatalogVersion> versions, LocalDate today) {
        addClassNames("card", "pledge-management");
        add(new H3("Manage this pledge"));
        if (current == null || current.status() == PledgeStatus.WITHDRAWN) {
            addStartForm(versions, today);
        } else if (current.status() == PledgeStatus.ACTIVE) {
            addWithdraw();
        } else {
            add(new Paragraph("The pledge is completed: nothing to manage."));
        }
    }

    private void addStartForm(List<CatalogVersion> versions, LocalDate today) {
        Select<CatalogVersion> version = new Select<>();
        version.setLabel("Catalog version");
        version.setItems(versions);
        version.setItemLabelGenerator(CatalogVersion::title);
        versions.stream().filter(CatalogVersion::active).findFirst().ifPresent(version::setValue);
        DatePicker signedOn = new DatePicker("Signed on");
        signedOn.setMax(today);
        signedOn.setRequiredIndicatorVisible(true);
        Button start = new Button("Start pledge", click -> {
            if (version.getValue() != null && signedOn.getValue() != null) {
                fireEvent(new StartEvent(this, version.getValue().id(), signedOn.getValue()));
            } else {
                signedOn.setInvalid(signedOn.getValue() == null);
                signedOn.setErrorMessage("Enter the date the agency signed.");
            }
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(version, signedOn, start);
        row.addClassName("form-row");
        add(row);
    }

    private void addWithdraw() {
        TextArea reason = new TextArea("Reason for withdrawal");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button withdraw = new Button("Withdraw pledge", click -> fireEvent(new WithdrawEvent(this, reason.getValue())));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div row = new Div(withdraw);
        row.addClassName("form-row");
        add(reason, row);
    }

    static class StartEvent extends ComponentEvent<PledgeManagementForm> {
        final long catalogVersionId;
        final LocalDate signedOn;

        StartEvent(PledgeManagementForm source, long catalogVersionId, LocalDate signedOn) {
            super(source, false);
            this.catalogVersionId = catalogVersionId;
            this.signedOn = signedOn;
        }
    }

    static class WithdrawEvent extends ComponentEvent<PledgeManagementForm> {
        final String reason;

        WithdrawEvent(PledgeManagementForm source, String reason) {
            super(source, false);
            this.reason = reason;
        }
    }

    <T extends ComponentEvent<?>> Registration on(Class<T> type, ComponentEventListener<T> listener) {
        return addListener(type, listener);
    }
}
