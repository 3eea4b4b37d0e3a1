package org.pledgetrack.core.report;

import java.time.LocalDate;
import java.util.List;

/** What the report form offers: the snapshot dates and the values each filter can take. */
public record FilterChoices(List<LocalDate> asOfDates, List<String> states, List<Choice> providers,
                            List<Choice> grants, List<Choice> agencies) {
}
