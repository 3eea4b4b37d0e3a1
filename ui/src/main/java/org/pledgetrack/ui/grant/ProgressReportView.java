package org.pledgetrack.ui.grant;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.pledgetrack.core.grant.GrantService;
import org.pledgetrack.core.grant.MeasureCount;
import org.pledgetrack.core.grant.ProgressReport;
import org.pledgetrack.core.grant.ProgressReportService;
import org.pledgetrack.core.grant.ReportKind;
import org.pledgetrack.core.grant.ReportNarrative;
import org.pledgetrack.core.grant.ReportReview;
import org.pledgetrack.core.security.CurrentUser;
import org.pledgetrack.ui.components.ActionFeedback;
import org.pledgetrack.ui.components.FixableRefusals;
import org.pledgetrack.ui.components.HumanDates;
import org.pledgetrack.ui.components.TextPromptDialog;
import org.pledgetrack.ui.security.AuthenticatedUser;

/**
 * One progress report: the grantee answers the four standard questions, enters the period's
 * counts, attaches files, saves a draft and submits; the overseer accepts it or returns it with a
 * comment; everyone else who sees the grant reads it.
 */
@Route("progress-reports/:reportId")
@PageTitle("Progress report | pledgetrack")
@PermitAll
public class ProgressReportView extends VerticalLayout implements BeforeEnterObserver {

    final TextArea accomplishments = answer(ReportNarrative.ACCOMPLISHMENTS);
    final TextArea goalsMet = answer(ReportNarrative.GOALS_MET);
    final TextArea problems = answer(ReportNarrative.PROBLEMS);
    final TextArea assistanceNeeded = answer(ReportNarrative.ASSISTANCE_NEEDED);
    final Map<Long, IntegerField> counts = new LinkedHashMap<>();
    final Button saveButton = new Button("Save draft");
    final Button submitButton = new Button("Submit report");
    final Button acceptButton = new Button("Accept");
    final Button returnButton = new Button("Return to grantee");
    final Span error = new Span();
    private final Binder<ReportNarrative> binder = new Binder<>(ReportNarrative.class);
    private final ProgressReportService reports;
    private final GrantService grants;
    private final CurrentUser user;
    private ProgressReport report;

    ProgressReportView(ProgressReportService reports, GrantService grants, AuthenticatedUser authenticatedUser) {
        this.reports = reports;
        this.grants = grants;
        this.user = authenticatedUser.get();
        addClassName("progress-report-view");
        bindAnswers();
        saveButton.addClickListener(click -> attempt(() -> reports.saveDraft(user, report.report().id(),
                report.report().version(), answers(), enteredCounts()), "Draft saved."));
        submitButton.addClickListener(click -> submit());
        acceptButton.addClickListener(click -> attempt(() -> reports.accept(user, report.report().id(),
                report.report().version()), "Report accepted."));
        returnButton.addClickListener(click -> new TextPromptDialog("Return the report to the grantee",
                "What should the grantee change?", 2000, "Return report",
                comment -> reports.returnToGrantee(user, report.report().id(), report.report().version(), comment),
                this::reload).open());
        submitButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        error.addClassName("form-error");
    }

    public static RouteParameters parameters(long reportId) {
        return new RouteParameters("reportId", String.valueOf(reportId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId = event.getRouteParameters().getLong("reportId")
                .orElseThrow(() -> new NotFoundException("No such report"));
        report = reports.report(user, reportId);
        render();
    }

    private void bindAnswers() {
        bind(accomplishments, "accomplishments", "The accomplishments");
        bind(goalsMet, "goalsMet", "The goals met");
        bind(problems, "problems", "The problems or barriers");
        bind(assistanceNeeded, "assistanceNeeded", "The assistance needed");
    }

    private void bind(TextArea area, String property, String name) {
        binder.forField(area)
                .withValidator(new StringLengthValidator(name + " can have at most "
                        + String.format("%,d", ReportNarrative.MAX_ANSWER_LENGTH) + " characters.", 0,
                        ReportNarrative.MAX_ANSWER_LENGTH))
                .bind(property);
    }

    private void render() {
        removeAll();
        error.setText("");
        var r = report.report();
        boolean grantee = grants.actsAsGrantee(user, r.grantId());
        boolean editable = grantee && r.review().editable();
        boolean reviews = grants.reviewsReports(user, r.grantId()) && r.review() == ReportReview.SUBMITTED;
        binder.readRecord(report.narrative());
        binder.setReadOnly(!editable);
        add(header(), reviewNote(), narrativeSection(), countsSection(editable), new ReportFilesPanel(reports, user,
                report, editable, this::reload), actions(editable, reviews));
    }

    private Component header() {
        var r = report.report();
        RouterLink back = new RouterLink("← " + report.siteName(), GrantDetailView.class,
                new RouteParameters("grantId", String.valueOf(r.grantId())));
        H2 title = new H2(r.kind().label() + ": " + HumanDates.date(r.periodStart()) + " – "
                + HumanDates.date(r.periodEnd()));
        HorizontalLayout badges = new HorizontalLayout(ReportBadges.deadline(r), ReportBadges.review(r));
        String submitted = r.submittedOn() == null ? "Not submitted yet."
                : "First submitted " + HumanDates.date(r.submittedOn())
                + (report.submittedBy() == null ? "" : ", last by " + report.submittedBy()) + ".";
        Paragraph due = new Paragraph("Due " + HumanDates.date(r.dueOn()) + ". " + submitted
                + (r.kind() == ReportKind.FINAL_REPORT
                ? " The final report's narrative covers the whole award; its counts cover the period above." : ""));
        Div header = new Div(back, title, badges, due);
        header.addClassNames("card", "report-header");
        header.setWidthFull();
        return header;
    }

    private Component reviewNote() {
        Div note = new Div();
        if (report.reviewComment() != null) {
            note.add(new H3("Returned by " + (report.reviewedBy() == null ? "the overseer" : report.reviewedBy())
                    + (report.reviewedAt() == null ? "" : " on " + HumanDates.exact(report.reviewedAt()))),
                    new Paragraph(report.reviewComment()));
            note.addClassNames("card", "section", "review-comment");
        } else if (report.report().review() == ReportReview.ACCEPTED && report.reviewedBy() != null) {
            note.add(new Paragraph("Accepted by " + report.reviewedBy() + "."));
            note.addClassNames("card", "section");
        }
        note.setVisible(note.getComponentCount() > 0);
        return note;
    }

    private Component narrativeSection() {
        Div section = new Div(new H3("Narrative"), accomplishments, goalsMet, problems, assistanceNeeded);
        section.addClassNames("card", "section", "report-narrative");
        return section;
    }

    private Component countsSection(boolean editable) {
        counts.clear();
        Div fields = new Div();
        fields.addClassName("report-counts");
        for (MeasureCount measure : report.counts()) {
            IntegerField field = new IntegerField(measure.label());
            field.setWidth("16rem");
            field.setMin(0);
            field.setMax(MeasureCount.MAX_COUNT);
            field.setValue(measure.count());
            field.setReadOnly(!editable);
            field.setHelperText(editable ? "This period's count; 0 if none" : null);
            counts.put(measure.measureId(), field);
            fields.add(field);
        }
        fields.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)");
        Div section = new Div(new H3("Activity this period"), report.counts().isEmpty()
                ? new Paragraph("This program has no activity measures to report.") : fields);
        section.addClassNames("card", "section");
        return section;
    }

    private Component actions(boolean editable, boolean reviews) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (editable) {
            buttons.add(saveButton, submitButton);
        }
        if (reviews) {
            buttons.add(acceptButton, returnButton);
        }
        Div actions = new Div(buttons, error);
        actions.addClassName("report-actions");
        actions.setVisible(editable || reviews);
        return actions;
    }

    private void submit() {
        attempt(() -> reports.submit(user, report.report().id(), report.report().version(), answers(),
                enteredCounts()), "Report submitted to the overseer.");
    }

    /** The answers as typed; a too-long one is marked at its field and refused here. */
    private ReportNarrative answers() {
        try {
            return binder.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalArgumentException("Shorten the answers marked above to at most "
                    + String.format("%,d", ReportNarrative.MAX_ANSWER_LENGTH) + " characters.");
        }
    }

    private Map<Long, Integer> enteredCounts() {
        Map<Long, Integer> entered = new HashMap<>();
        counts.forEach((measureId, field) -> {
            if (field.isInvalid()) {
                throw new IllegalArgumentException("\"" + field.getLabel() + "\" needs a whole number from 0 to "
                        + String.format("%,d", MeasureCount.MAX_COUNT) + ".");
            }
            if (field.getValue() != null) {
                entered.put(measureId, field.getValue());
            }
        });
        return entered;
    }

    private void attempt(Runnable action, String confirmation) {
        if (FixableRefusals.attempt(action, error::setText)) {
            ActionFeedback.saved(confirmation);
            reload();
        }
    }

    private void reload() {
        report = reports.report(user, report.report().id());
        render();
    }

    private static TextArea answer(String label) {
        TextArea area = new TextArea(label);
        area.setMaxLength(ReportNarrative.MAX_ANSWER_LENGTH);
        area.setWidthFull();
        area.setMinHeight("6rem");
        return area;
    }
}
