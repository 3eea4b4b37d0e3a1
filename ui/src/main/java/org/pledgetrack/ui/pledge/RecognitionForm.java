package org.pledgetrack.ui.pledge;

import java.time.LocalDate;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import org.pledgetrack.core.pledge.PledgeOverview;
import org.pledgetrack.core.pledge.PledgeStatus;
import org.pledgetrack.ui.components.HumanDates;

/**
 * What an overseer (IACP) records on a pledge: the agency's public recognition and the certificate of
 * completion, each with its date. Offers each only when core's rule allows it and says why not
 * otherwise; fires events, the view calls the service.
 */
class RecognitionForm extends Div {

    RecognitionForm(PledgeOverview pledge, LocalDate today) {
        addClassNames("card", "recognition-form");
        add(new H3("IACP recognition"));
        add(recognition(pledge, today), completion(pledge, today));
    }

    private Div recognition(PledgeOverview pledge, LocalDate today) {
        if (pledge.recognizedOn() != null) {
            return new Div(new Paragraph("Recognized by IACP on " + HumanDates.date(pledge.recognizedOn()) + "."));
        }
        if (!pledge.committedInEveryArea()) {
            return new Div(new Paragraph(pledge.status() == PledgeStatus.WITHDRAWN
                    ? "A withdrawn pledge cannot be recognized."
                    : "The pledge does not hold items of every focus area, so the agency is not committed in all of them."));
        }
        DatePicker date = datePicker("Date of recognition", pledge, today);
        Button record = new Button("Record recognition", click -> {
            if (date.getValue() != null && !date.isInvalid()) {
                fireEvent(new RecognizeEvent(this, date.getValue()));
            } else {
                date.setInvalid(true);
            }
        });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return row(new Paragraph("Committed in all six focus areas: IACP may recognize the agency as a member."),
                date, record);
    }

    private Div completion(PledgeOverview pledge, LocalDate today) {
        if (pledge.certificateOn() != null) {
            return new Div(new Paragraph("Certificate of completion dated " + HumanDates.date(pledge.certificateOn()) + "."));
        }
        if (pledge.status() == PledgeStatus.WITHDRAWN) {
            return new Div();
        }
        DatePicker date = datePicker("Certificate date", pledge, today);
        Button record = new Button("Record completion", click -> {
            if (date.getValue() != null && !date.isInvalid()) {
                fireEvent(new CompleteEvent(this, date.getValue()));
            } else {
                date.setInvalid(true);
            }
        });
        record.setEnabled(pledge.allVerified());
        if (!pledge.allVerified()) {
            record.setTooltipText("Possible once every item is verified");
        }
        return row(new Paragraph(pledge.allVerified() ? "Every item is verified: IACP may issue the certificate of completion."
                : "The certificate of completion can be recorded once every item is verified."), date, record);
    }

    private static DatePicker datePicker(String label, PledgeOverview pledge, LocalDate today) {
        DatePicker date = new DatePicker(label, today);
        date.setMin(pledge.signedOn());
        date.setMax(today);
        date.setRequiredIndicatorVisible(true);
        date.setErrorMessage("Enter a date between the signed date (" + HumanDates.date(pledge.signedOn())
                + ") and today.");
        return date;
    }

    private static Div row(Paragraph text, DatePicker date, Button record) {
        Div fields = new Div(date, record);
        fields.addClassName("form-row");
        return new Div(text, fields);
    }

    static class RecognizeEvent extends ComponentEvent<RecognitionForm> {
        final LocalDate recognizedOn;

        RecognizeEvent(RecognitionForm source, LocalDate recognizedOn) {
            super(source, false);
            this.recognizedOn = recognizedOn;
        }
    }

    static class CompleteEvent extends ComponentEvent<RecognitionForm> {
        final LocalDate certificateOn;

        CompleteEvent(RecognitionForm source, LocalDate certificateOn) {
            super(source, false);
            this.certificateOn = certificateOn;
        }
    }

    <T extends ComponentEvent<?>> Registration on(Class<T> type, ComponentEventListener<T> listener) {
        return addListener(type, listener);
    }
}
