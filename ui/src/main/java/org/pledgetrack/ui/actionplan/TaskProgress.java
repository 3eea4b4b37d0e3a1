package org.pledgetrack.ui.actionplan;

import java.time.LocalDate;

import org.pledgetrack.core.actionplan.TaskStatus;

/** What the grantee records about an approved plan's task: its status and, when done, the date. */
public record TaskProgress(TaskStatus status, LocalDate doneOn) {
}
