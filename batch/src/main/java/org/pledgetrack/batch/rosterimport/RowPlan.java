package org.pledgetrack.batch.rosterimport;

import java.util.List;

/** What importing one roster row does: nothing (rejected), add an agency, or touch an existing one. */
sealed interface RowPlan {

    long line();

    /** A row with faults: not imported, returned in the rejected-rows CSV with {@code reason}. */
    record Rejected(long line, List<String> raw, List<RowError> errors) implements RowPlan {

        String reason() {
            return String.join("; ", errors.stream().map(RowError::message).toList());
        }
    }

    /** A new ORI: the agency is added, with its user when the row has one. */
    record NewAgency(long line, RosterAgency agency, boolean createsUser) implements RowPlan {
    }

    /**
     * An ORI already there: its fields are updated as {@code changes} say and the row's user added
     * when new; nothing at all when both are empty.
     */
    record ExistingAgencyRow(long line, RosterAgency agency, ExistingAgency existing, List<FieldChange> changes,
                             boolean createsUser) implements RowPlan {

        boolean changesAnything() {
            return !changes.isEmpty() || createsUser;
        }
    }
}
