package org.pledgetrack.ui.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import org.pledgetrack.core.report.ReportRecurrence;

/**
 * How often a recurring report runs, chosen rather than typed: weekly on a weekday, or monthly,
 * quarterly or semi-annually on a day of the month, at a time (UTC). Only the fields the frequency
 * needs are shown; {@link ReportRecurrence} turns the choice into the stored cron expression.
 */
class RecurrencePicker extends HorizontalLayout {

    /** What the fields hold; the binder writes here and {@link #recurrence()} reads it. */
    static final class Choice {
        private ReportRecurrence.Frequency frequency;
        private DayOfWeek dayOfWeek;
        private Integer dayOfMonth;
        private LocalTime time;
    }

    final Select<ReportRecurrence.Frequency> frequency = new Select<>();
    final Select<DayOfWeek> dayOfWeek = new Select<>();
    final Select<Integer> dayOfMonth = new Select<>();
    final TimePicker time = new TimePicker("Time (UTC)");
    private final Binder<Choice> binder = new Binder<>();
    private final Choice choice = new Choice();

    RecurrencePicker() {
        addClassName("schedule-picker");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        frequency.setLabel("Runs");
        frequency.setItems(ReportRecurrence.Frequency.values());
        frequency.setItemLabelGenerator(ReportRecurrence.Frequency::label);
        dayOfWeek.setLabel("On");
        dayOfWeek.setItems(DayOfWeek.values());
        dayOfWeek.setItemLabelGenerator(day -> day.getDisplayName(TextStyle.FULL, Locale.US));
        dayOfMonth.setLabel("On day");
        dayOfMonth.setItems(IntStream.rangeClosed(1, ReportRecurrence.LAST_DAY_OF_MONTH).boxed().toList());
        dayOfMonth.setHelperText("1–" + ReportRecurrence.LAST_DAY_OF_MONTH + ", so every month has it");
        time.setStep(Duration.ofMinutes(15));
        binder.forField(frequency).asRequired("Choose how often the report runs.")
                .bind(c -> c.frequency, (c, v) -> c.frequency = v);
        binder.forField(dayOfWeek)
                .withValidator(day -> day != null || frequency.getValue() != ReportRecurrence.Frequency.WEEKLY,
                        "Choose the weekday.")
                .bind(c -> c.dayOfWeek, (c, v) -> c.dayOfWeek = v);
        binder.forField(dayOfMonth)
                .withValidator(day -> day != null || frequency.getValue() == ReportRecurrence.Frequency.WEEKLY,
                        "Choose the day of the month.")
                .bind(c -> c.dayOfMonth, (c, v) -> c.dayOfMonth = v);
        binder.forField(time).asRequired("Choose the time.").bind(c -> c.time, (c, v) -> c.time = v);
        frequency.addValueChangeListener(change -> showDayFields());
        add(frequency, dayOfWeek, dayOfMonth, time);
        show(ReportRecurrence.monthlyDefault());
    }

    /** Puts {@code recurrence} into the fields. */
    void show(ReportRecurrence recurrence) {
        choice.frequency = recurrence.frequency();
        choice.dayOfWeek = recurrence.dayOfWeek() == null ? DayOfWeek.MONDAY : recurrence.dayOfWeek();
        choice.dayOfMonth = recurrence.dayOfMonth() == 0 ? 1 : recurrence.dayOfMonth();
        choice.time = recurrence.time();
        binder.readBean(choice);
        showDayFields();
    }

    /** The chosen recurrence; empty (with the fields' messages shown) while a field is missing. */
    Optional<ReportRecurrence> recurrence() {
        if (!binder.writeBeanIfValid(choice)) {
            return Optional.empty();
        }
        boolean weekly = choice.frequency == ReportRecurrence.Frequency.WEEKLY;
        return Optional.of(new ReportRecurrence(choice.frequency, weekly ? choice.dayOfWeek : null,
                weekly ? 0 : choice.dayOfMonth, choice.time));
    }

    private void showDayFields() {
        boolean weekly = frequency.getValue() == ReportRecurrence.Frequency.WEEKLY;
        dayOfWeek.setVisible(weekly);
        dayOfMonth.setVisible(!weekly);
    }
}
