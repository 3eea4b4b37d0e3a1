package org.pledgetrack.core.grant;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.pledgetrack.core.input.TextInput;

/**
 * The rules of a TA event that need no database. Hours and attendance keep the limits of a
 * deliverable's delivery record, since the event's deliverables carry them.
 */
final class TaEventRules {

    static final int MAX_TITLE = 300;

    private TaEventRules() {
    }

    /** The event as it is stored, its title stripped; refused with the first rule that does not hold. */
    static TaEventPlan validate(TaEventPlan plan, LocalDate today) {
        String title = TextInput.required(plan.title(), MAX_TITLE, "The title", "Enter a title.");
        require(plan.kind() != null, "Choose the kind of event.");
        require(plan.format() != null, "Choose in person or virtual.");
        require(plan.heldOn() != null, "Enter the date.");
        require(!plan.held() || !plan.heldOn().isAfter(today), "An event cannot be recorded as held on a future date.");
        require(plan.hours() == null || plan.hours().signum() > 0, "Hours must be more than zero.");
        require(plan.hours() == null || plan.hours().compareTo(DeliverableRules.MOST_HOURS) <= 0,
                "Hours can be at most 1,000 for one event.");
        require(!plan.sites().isEmpty(), "Choose at least one grant or agency the event serves.");
        Set<Long> grants = new HashSet<>();
        Set<Long> agencies = new HashSet<>();
        for (TaEventPlan.Site site : plan.sites()) {
            require((site.grantId() == null) != (site.organizationId() == null),
                    "Each site is either a grant or an agency.");
            require(site.grantId() == null || grants.add(site.grantId()), "A grant can be served only once per event.");
            require(site.organizationId() == null || agencies.add(site.organizationId()),
                    "An agency can be served only once per event.");
            require(site.attendees() == null || site.attendees() >= 0, "An attendee count cannot be negative.");
            require(site.attendees() == null || site.attendees() <= DeliverableRules.MOST_ATTENDEES,
                    "An attendee count can be at most 10,000.");
        }
        return new TaEventPlan(plan.providerOrgId(), title, plan.kind(), plan.format(), plan.heldOn(), plan.hours(),
                plan.held(), List.copyOf(plan.sites()));
    }

    /** A held event stays held: its deliverables were delivered, and the grantees may have accepted them. */
    static void requireNotUnheld(TaEventStatus before, TaEventPlan changed) {
        require(before != TaEventStatus.HELD || changed.held(), "A held event cannot go back to planned.");
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
