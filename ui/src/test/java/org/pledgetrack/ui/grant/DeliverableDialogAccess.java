package org.pledgetrack.ui.grant;

import java.time.LocalDate;

/** Lets view tests of other features fill in the deliverable dialog as a user would. */
public final class DeliverableDialogAccess {

    private DeliverableDialogAccess() {
    }

    /** Sets the due date and saves. */
    public static void saveWithDueDate(DeliverableDialog dialog, LocalDate dueOn) {
        dialog.dueOn.setValue(dueOn);
        dialog.save.click();
    }
}
