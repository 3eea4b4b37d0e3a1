package org.pledgetrack.ui.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.TaEventFormat;
import org.pledgetrack.core.grant.TaEventKind;
import org.pledgetrack.core.grant.TaEventPlan;
import org.pledgetrack.core.grant.TaEventSiteChoices;
import org.pledgetrack.ui.components.FieldRules;
import org.pledgetrack.ui.components.FixableRefusals;

/**
 * Plans or changes a TA event: what, when, how and by whom, whether it was held, the grants and
 * agencies it served and how many attended from each. Limits are core's (title 300 characters, hours
 * up to 1,000, up to 10,000 attendees per site); core decides the rest and its refusal shows below.
 */
class TaEventDialog extends Dialog {

    static final int MOST_ATTENDEES = 10_000;

    final TextField title = new TextField("Title");
    final Select<TaEventKind> kind = new Select<>();
    final RadioButtonGroup<TaEventFormat> format = new RadioButtonGroup<>("Format");
    final DatePicker heldOn = new DatePicker("Date");
    final BigDecimalField hours = new BigDecimalField("Hours");
    final ComboBox<GrantDetail.Organization> provider = new ComboBox<>("TA provider");
    final Checkbox held = new Checkbox("Held: the hours and attendance below are recorded");
    final MultiSelectComboBox<GrantDetail.Organization> grants = new MultiSelectComboBox<>("Grants served");
    final MultiSelectComboBox<GrantDetail.Organization> agencies =
            new MultiSelectComboBox<>("Agencies served (without a grant)");
    final FormLayout attendance = new FormLayout();
    /** One attendance field per site chosen, by "grant:id" or "agency:id". */
    final Map<String, IntegerField> attendees = new LinkedHashMap<>();
    final Span error = new Span();
    final Button save;
    private final Binder<TaEventForm> binder = new Binder<>(TaEventForm.class);
    private final Map<String, Binder<SiteAttendance>> attendanceBinders = new LinkedHashMap<>();
    private final LongFunction<TaEventSiteChoices> choicesOfProvider;

    TaEventDialog(String heading, TaEventSiteChoices choices, TaEventPlan plan, boolean providerFixed,
                  LongFunction<TaEventSiteChoices> choicesOfProvider, LocalDate today, Consumer<TaEventPlan> saveAction,
                  Runnable afterSave) {
        this.choicesOfProvider = choicesOfProvider;
        setHeaderTitle(heading);
        setWidth("min(44rem, 95vw)");
        configureFields(choices, providerFixed, today);
        bind();
        TaEventForm form = TaEventForm.of(plan);
        binder.readBean(form);
        provider.setValue(choices.providers().stream().filter(p -> plan.providerOrgId() != null
                && p.id() == plan.providerOrgId()).findFirst().orElse(null));
        showSites(choices);
        grants.setValue(pick(choices.grants(), plan.sites().stream().map(TaEventPlan.Site::grantId).toList()));
        agencies.setValue(pick(choices.agencies(), plan.sites().stream().map(TaEventPlan.Site::organizationId).toList()));
        plan.sites().forEach(site -> {
            IntegerField field = attendees.get(site.grantId() != null ? "grant:" + site.grantId()
                    : "agency:" + site.organizationId());
            if (field != null) {
                field.setValue(site.attendees());
            }
        });
        error.addClassName("form-error");
        FormLayout fields = new FormLayout(title, kind, format, heldOn, hours, provider, held, grants, agencies);
        fields.setColspan(title, 2);
        fields.setColspan(held, 2);
        fields.setColspan(grants, 2);
        fields.setColspan(agencies, 2);
        add(fields, new H4("Attendance per site"), attendance, error);
        save = new Button("Save event", click -> save(saveAction, afterSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Close", click -> close()), save);
    }

    private void configureFields(TaEventSiteChoices choices, boolean providerFixed, LocalDate today) {
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        kind.setLabel("Kind");
        kind.setItems(TaEventKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : k.label());
        format.setItems(TaEventFormat.values());
        format.setItemLabelGenerator(TaEventFormat::label);
        hours.setHelperText("Hours of the event itself, counted once however many sites it served.");
        provider.setItems(choices.providers());
        provider.setItemLabelGenerator(GrantDetail.Organization::name);
        provider.setReadOnly(providerFixed);
        provider.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                grants.clear();
                showSites(choicesOfProvider.apply(change.getValue().id()));
            }
        });
        held.addValueChangeListener(change -> heldOn.setMax(change.getValue() ? today : null));
        grants.setItemLabelGenerator(GrantDetail.Organization::name);
        grants.setHelperText("The grants whose sites the event served: it becomes one deliverable on each.");
        agencies.setItemLabelGenerator(GrantDetail.Organization::name);
        grants.addValueChangeListener(change -> showAttendanceFields());
        agencies.addValueChangeListener(change -> showAttendanceFields());
        attendance.add(new Paragraph("Choose the grants and agencies served; a field for each one's attendees "
                + "appears here."));
        // one field a line: each label names its whole site
        attendance.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    private void bind() {
        binder.forField(title).asRequired("Enter a title.").withValidator(FieldRules.atMost(300, "The title"))
                .bind(TaEventForm::getTitle, TaEventForm::setTitle);
        binder.forField(kind).asRequired("Choose the kind of event.").bind(TaEventForm::getKind, TaEventForm::setKind);
        binder.forField(format).asRequired("Choose in person or virtual.")
                .bind(TaEventForm::getFormat, TaEventForm::setFormat);
        binder.forField(heldOn).asRequired("Enter the date.").bind(TaEventForm::getHeldOn, TaEventForm::setHeldOn);
        binder.forField(hours)
                .withValidator(h -> h == null || (h.signum() > 0 && h.compareTo(BigDecimal.valueOf(1000)) <= 0),
                        "Hours must be more than zero and at most 1,000.")
                .bind(TaEventForm::getHours, TaEventForm::setHours);
        binder.forField(held).bind(TaEventForm::isHeld, TaEventForm::setHeld);
    }

    private void showSites(TaEventSiteChoices choices) {
        grants.setItems(choices.grants());
        agencies.setItems(choices.agencies());
    }

    /** One attendance field per site chosen, keeping what was typed for sites still chosen. */
    private void showAttendanceFields() {
        Map<String, String> names = new LinkedHashMap<>();
        grants.getSelectedItems().forEach(g -> names.put("grant:" + g.id(), g.name()));
        agencies.getSelectedItems().forEach(a -> names.put("agency:" + a.id(), a.name()));
        attendees.keySet().retainAll(names.keySet());
        attendanceBinders.keySet().retainAll(names.keySet());
        attendance.removeAll();
        names.forEach((key, name) -> {
            IntegerField field = attendees.computeIfAbsent(key, k -> attendanceField(k, name));
            attendance.add(field);
        });
        if (names.isEmpty()) {
            attendance.add(new Paragraph("Choose the grants and agencies served; a field for each one's attendees "
                    + "appears here."));
        }
    }

    private IntegerField attendanceField(String key, String name) {
        IntegerField field = new IntegerField("Attendees from " + name);
        field.setMin(0);
        field.setMax(MOST_ATTENDEES);
        Binder<SiteAttendance> siteBinder = new Binder<>(SiteAttendance.class);
        siteBinder.forField(field)
                .withValidator(count -> count == null || (count >= 0 && count <= MOST_ATTENDEES),
                        "Between 0 and 10,000 attendees, or empty when not counted.")
                .bind(SiteAttendance::getAttendees, SiteAttendance::setAttendees);
        attendanceBinders.put(key, siteBinder);
        return field;
    }

    private void save(Consumer<TaEventPlan> saveAction, Runnable afterSave) {
        TaEventForm form = new TaEventForm();
        // every field is checked (and marked) before anything is sent, not only up to the first refusal
        boolean valid = binder.writeBeanIfValid(form);
        for (Binder<SiteAttendance> siteBinder : attendanceBinders.values()) {
            valid &= siteBinder.validate().isOk();
        }
        if (!valid) {
            error.setText("Check the fields marked above.");
            return;
        }
        List<TaEventPlan.Site> sites = new ArrayList<>();
        grants.getSelectedItems().forEach(g -> sites.add(TaEventPlan.Site.grant(g.id(),
                attendees.get("grant:" + g.id()).getValue())));
        agencies.getSelectedItems().forEach(a -> sites.add(TaEventPlan.Site.agency(a.id(),
                attendees.get("agency:" + a.id()).getValue())));
        TaEventPlan plan = new TaEventPlan(provider.getValue() == null ? null : provider.getValue().id(),
                form.getTitle(), form.getKind(), form.getFormat(), form.getHeldOn(), form.getHours(), form.isHeld(),
                sites);
        if (FixableRefusals.attempt(() -> saveAction.accept(plan), error::setText)) {
            close();
            afterSave.run();
        }
    }

    private static Set<GrantDetail.Organization> pick(List<GrantDetail.Organization> choices, List<Long> ids) {
        return choices.stream().filter(c -> ids.contains(c.id())).collect(java.util.stream.Collectors.toSet());
    }

    /** The event's own fields, as the binder edits them. */
    static final class TaEventForm {
        private String title;
        private TaEventKind kind;
        private TaEventFormat format;
        private LocalDate heldOn;
        private BigDecimal hours;
        private boolean held;

        static TaEventForm of(TaEventPlan plan) {
            TaEventForm form = new TaEventForm();
            form.title = plan.title() == null ? "" : plan.title();
            form.kind = plan.kind();
            form.format = plan.format();
            form.heldOn = plan.heldOn();
            form.hours = plan.hours();
            form.held = plan.held();
            return form;
        }

        String getTitle() { return title; }
        void setTitle(String title) { this.title = title; }
        TaEventKind getKind() { return kind; }
        void setKind(TaEventKind kind) { this.kind = kind; }
        TaEventFormat getFormat() { return format; }
        void setFormat(TaEventFormat format) { this.format = format; }
        LocalDate getHeldOn() { return heldOn; }
        void setHeldOn(LocalDate heldOn) { this.heldOn = heldOn; }
        BigDecimal getHours() { return hours; }
        void setHours(BigDecimal hours) { this.hours = hours; }
        boolean isHeld() { return held; }
        void setHeld(boolean held) { this.held = held; }
    }

    /** One site's attendance, as its field's binder checks it. */
    static final class SiteAttendance {
        private Integer attendees;

        Integer getAttendees() { return attendees; }
        void setAttendees(Integer attendees) { this.attendees = attendees; }
    }

    /** A new event's starting point: the provider, this grant's site chosen. */
    static TaEventPlan blank(long providerOrgId, long grantId) {
        return new TaEventPlan(providerOrgId, "", TaEventKind.CONVENING, TaEventFormat.IN_PERSON, null, null, false,
                List.of(TaEventPlan.Site.grant(grantId, null)));
    }
}
