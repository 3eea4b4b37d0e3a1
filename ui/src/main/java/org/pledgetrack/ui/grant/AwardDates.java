package org.pledgetrack.ui.grant;

import java.time.LocalDate;

/** The award's start and end as the overseer edits them. */
public record AwardDates(LocalDate startOn, LocalDate endOn) {
}
