package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.pledgetrack.core.input.TextInput;

/** The rules of a TA deliverable that need no database: overdue, status moves and validation. */
public final class DeliverableRules {

    private static final Set<DeliverableStatus> OPEN = EnumSet.of(DeliverableStatus.PLANNED, DeliverableStatus.SCHEDULED);
    private static final BigDecimal LOWEST_RATING = BigDecimal.ONE;
    private static final BigDecimal HIGHEST_RATING = BigDecimal.valueOf(5);
    // Far above any real training or site visit, and inside ta_deliverable.hours DECIMAL(6, 2),
    // so a typo gets a message instead of a database error.
    static final BigDecimal MOST_HOURS = BigDecimal.valueOf(1000);
    static final int MOST_ATTENDEES = 10_000;

    private DeliverableRules() {
    }

    /** Overdue is derived, never stored: the due date has passed and nothing was delivered or cancelled. */
    public static boolean isOverdue(DeliverableStatus status, LocalDate dueOn, LocalDate today) {
        return isOpen(status) && dueOn.isBefore(today);
    }

    /** Planned or scheduled: still to be delivered. */
    public static boolean isOpen(DeliverableStatus status) {
        return OPEN.contains(status);
    }

    /** A plan with a scheduled date is scheduled; without one it is planned. */
    static DeliverableStatus statusForPlan(LocalDate scheduledOn) {
        return scheduledOn == null ? DeliverableStatus.PLANNED : DeliverableStatus.SCHEDULED;
    }

    /** The plan as it is stored, its text stripped (see {@link TextInput}); refused if a rule does not hold. */
    static DeliverablePlan validatePlan(DeliverablePlan plan, LocalDate grantStart, LocalDate grantEnd) {
        require(plan.type() != null, "Choose the type of deliverable.");
        String title = TextInput.required(plan.title(), 300, "The title", "Enter a title.");
        String description = TextInput.optional(plan.description(), 4000, "The description");
        require(plan.dueOn() != null, "Enter a due date.");
        require(!plan.dueOn().isBefore(grantStart) && !plan.dueOn().isAfter(grantEnd),
                "The due date must fall within the grant period (" + grantStart + " to " + grantEnd + ").");
        require(plan.scheduledOn() == null
                        || (!plan.scheduledOn().isBefore(grantStart) && !plan.scheduledOn().isAfter(grantEnd)),
                "The scheduled date must fall within the grant period (" + grantStart + " to " + grantEnd + ").");
        return new DeliverablePlan(plan.type(), title, description, plan.providerOrgId(), plan.dueOn(),
                plan.scheduledOn(), plan.focusAreaIds(), plan.itemIds());
    }

    /** The delivery record as it is stored, its outcome note stripped; refused if a rule does not hold. */
    static DeliveryRecord validateDelivery(DeliveryRecord record, LocalDate scheduledOn, LocalDate today) {
        require(record.deliveredOn() != null, "Enter the date it was delivered.");
        require(!record.deliveredOn().isAfter(today), "The delivered date cannot be in the future.");
        require(scheduledOn == null || !record.deliveredOn().isBefore(scheduledOn),
                "The delivered date cannot be before the scheduled date (" + scheduledOn + ").");
        require(record.hours() == null || record.hours().signum() > 0, "Hours must be more than zero.");
        require(record.hours() == null || record.hours().compareTo(MOST_HOURS) <= 0,
                "Hours can be at most 1,000 for one deliverable.");
        require(record.attendees() == null || record.attendees() >= 0, "The attendee count cannot be negative.");
        require(record.attendees() == null || record.attendees() <= MOST_ATTENDEES,
                "The attendee count can be at most 10,000.");
        require(record.rating() == null || (record.rating().compareTo(LOWEST_RATING) >= 0
                && record.rating().compareTo(HIGHEST_RATING) <= 0), "The participant rating must be between 1 and 5.");
        String outcomeNote = TextInput.optional(record.outcomeNote(), 2000, "The outcome note");
        return new DeliveryRecord(record.deliveredOn(), record.hours(), record.attendees(), record.rating(), outcomeNote);
    }

    static void requireStatus(DeliverableStatus actual, String action, DeliverableStatus... allowed) {
        for (DeliverableStatus status : allowed) {
            if (actual == status) {
                return;
            }
        }
        throw new IllegalStateException("A " + actual.name().toLowerCase() + " deliverable cannot be " + action + ".");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
