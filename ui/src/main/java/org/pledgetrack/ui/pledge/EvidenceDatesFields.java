package org.pledgetrack.ui.pledge;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import org.pledgetrack.core.pledge.EvidenceDates;

/**
 * The upload form's dates: when the policy took effect and when the agency means to review it, checked beside
 * the fields as core checks them. The dates are kept as the user sets them, for the upload to read when the
 * file arrives (off the UI thread).
 */
class EvidenceDatesFields extends Div {

    final DatePicker effectiveOn = new DatePicker("Took effect on");
    final DatePicker reviewBy = new DatePicker("Review by");
    private final AtomicReference<EvidenceDates> current = new AtomicReference<>(EvidenceDates.NONE);

    EvidenceDatesFields() {
        addClassNames("form-row", "evidence-dates");
        effectiveOn.setHelperText("When the policy took effect; may stay empty");
        reviewBy.setHelperText("You are reminded once when this date comes");
        Binder<Dates> binder = new Binder<>();
        binder.forField(effectiveOn).bind(Dates::getEffectiveOn, Dates::setEffectiveOn);
        binder.forField(reviewBy)
                .withValidator(Validator.from(date -> date == null || effectiveOn.getValue() == null
                        || !date.isBefore(effectiveOn.getValue()), EvidenceDates.REVIEW_BEFORE_EFFECTIVE))
                .bind(Dates::getReviewBy, Dates::setReviewBy);
        binder.setBean(new Dates());
        effectiveOn.addValueChangeListener(change -> binder.validate());
        binder.addValueChangeListener(change -> {
            Dates dates = binder.getBean();
            current.set(binder.isValid() ? new EvidenceDates(dates.getEffectiveOn(), dates.getReviewBy()) : null);
        });
        add(effectiveOn, reviewBy);
    }

    /** The dates for the next upload; refused, as core words it, while the review date is before the effective one. */
    EvidenceDates dates() {
        EvidenceDates dates = current.get();
        if (dates == null) {
            throw new IllegalArgumentException(EvidenceDates.REVIEW_BEFORE_EFFECTIVE);
        }
        return dates;
    }

    /** Binder's bean while the dates are edited. */
    static final class Dates {
        private LocalDate effectiveOn;
        private LocalDate reviewBy;

        LocalDate getEffectiveOn() { return effectiveOn; }
        void setEffectiveOn(LocalDate effectiveOn) { this.effectiveOn = effectiveOn; }
        LocalDate getReviewBy() { return reviewBy; }
        void setReviewBy(LocalDate reviewBy) { this.reviewBy = reviewBy; }
    }
}
