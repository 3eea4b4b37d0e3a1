package org.pledgetrack.ui.dashboard;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.pledgetrack.core.grant.GrantSummary;
import org.pledgetrack.core.grant.GranteeReportCalendar;
import org.pledgetrack.ui.grant.FundsAtRiskBadge;
import org.pledgetrack.ui.grant.GrantDetailView;

/**
 * The grants whose funds are at risk today, read live (not from a snapshot): a missed report puts
 * payments at risk from the 15th day, and the overseer should see that on the day it happens.
 */
class FundsAtRiskGrantsPanel extends Div {

    FundsAtRiskGrantsPanel(List<GrantSummary> atRisk) {
        add(new H3("Grants with funds at risk"));
        if (atRisk.isEmpty()) {
            add(new Paragraph("No grant has a progress report " + GranteeReportCalendar.FUNDS_AT_RISK_DAYS
                    + " or more days past its due date."));
        } else {
            UnorderedList list = new UnorderedList();
            atRisk.forEach(grant -> list.add(new ListItem(FundsAtRiskBadge.create(), new RouterLink(" "
                    + grant.siteName() + " (" + grant.awardNumber() + ")", GrantDetailView.class,
                    new RouteParameters("grantId", String.valueOf(grant.id()))))));
            add(new Paragraph("A progress report is " + GranteeReportCalendar.FUNDS_AT_RISK_DAYS
                    + " or more days past its due date; the funder may suspend payments."), list);
        }
        addClassNames("card", "section", "funds-at-risk-grants");
        setWidthFull();
    }
}
