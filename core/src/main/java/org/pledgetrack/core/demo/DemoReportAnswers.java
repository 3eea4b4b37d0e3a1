package org.pledgetrack.core.demo;

import java.util.List;

import org.pledgetrack.core.grant.ReportNarrative;

/** Plausible answers to the progress-report questions, a different set for each period in turn. */
final class DemoReportAnswers {

    private static final List<ReportNarrative> ANSWERS = List.of(
            new ReportNarrative(
                    "Partners met monthly; the research partner mapped calls for service in the target area.",
                    "On track: the problem analysis named in the application is half done.",
                    "Data sharing agreement with the housing department took longer than planned.",
                    "A template data sharing agreement from the TA provider."),
            new ReportNarrative(
                    "Two community listening sessions held; outreach officers trained with caseworkers.",
                    "Community engagement goal met; the resident advisory group has 14 members.",
                    "Turnover in the site coordinator position for six weeks.",
                    "None this period."),
            new ReportNarrative(
                    "Strategies started at the two hot spots; weekly joint outreach shifts.",
                    "Implementation milestones met except the lighting project, moved to next period.",
                    "Procurement for the lighting project is slower than expected.",
                    "Peer exchange with a site that ran a similar lighting project."));

    private DemoReportAnswers() {
    }

    static ReportNarrative forPeriod(int period) {
        return ANSWERS.get(period % ANSWERS.size());
    }
}
