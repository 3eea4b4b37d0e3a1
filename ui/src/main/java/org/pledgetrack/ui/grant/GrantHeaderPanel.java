package org.pledgetrack.ui.grant;

import java.text.NumberFormat;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.pledgetrack.core.grant.GrantDetail;
import org.pledgetrack.core.grant.GranteeReportCalendar;
import org.pledgetrack.ui.components.HumanDates;

/** The grant's people and money, with a warning when its funds are at risk. */
class GrantHeaderPanel extends Div {

    GrantHeaderPanel(GrantDetail grant) {
        var summary = grant.summary();
        Div facts = new Div(
                fact("Award", summary.awardNumber() + " (" + grant.program() + ")"),
                fact("Grantee", summary.granteeName()),
                fact("Lead agency", summary.leadAgencyName() == null ? "—" : summary.leadAgencyName()),
                fact("Award amount", NumberFormat.getCurrencyInstance(Locale.US).format(summary.awardAmount())),
                fact("Period", HumanDates.date(summary.startOn()) + " – " + HumanDates.date(summary.endOn())),
                fact("Overseer", grant.overseerName() == null ? "—" : grant.overseerName()),
                fact("TA provider", summary.providerNames()),
                fact("TA staff", grant.taStaff().isEmpty() ? "None assigned" : String.join(", ", grant.taStaff())));
        facts.addClassName("facts");
        add(new H2(summary.siteName()));
        if (summary.fundsAtRisk()) {
            add(fundsAtRiskWarning());
        }
        add(new Paragraph(summary.title()), facts);
        addClassNames("card", "grant-header");
    }

    private static Component fundsAtRiskWarning() {
        Span badge = FundsAtRiskBadge.create();
        Span text = new Span(" A progress report is " + GranteeReportCalendar.FUNDS_AT_RISK_DAYS
                + " or more days past its due date; the funder may suspend payments until it is submitted.");
        Div warning = new Div(badge, text);
        warning.addClassName("funds-at-risk");
        return warning;
    }

    private static Component fact(String label, String value) {
        Span labelSpan = new Span(label);
        labelSpan.addClassName("fact-label");
        Span valueSpan = new Span(value);
        valueSpan.addClassName("fact-value-s");
        return new Div(labelSpan, valueSpan);
    }
}
