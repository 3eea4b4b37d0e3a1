package org.pledgetrack.core.grant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A TA deliverable as read, with its derived overdue flag and what it supports. One with a
 * {@code taEventId} is a TA event's deliverable on this grant: it changes with the event only.
 */
public record Deliverable(long id, long grantId, String awardNumber, String siteName, long providerOrgId,
                          String providerName, @Nullable Long taRequestId, @Nullable Long taEventId,
                          DeliverableType type, String title,
                          @Nullable String description, LocalDate dueOn, @Nullable LocalDate scheduledOn,
                          @Nullable LocalDate deliveredOn, @Nullable LocalDate acceptedOn, DeliverableStatus status,
                          @Nullable String cancelReason, @Nullable BigDecimal hours, @Nullable Integer attendees,
                          @Nullable BigDecimal rating, @Nullable String outcomeNote, int version, Instant updatedAt,
                          boolean overdue, List<SupportedTopic> supports) {

    /** A focus area or pledge item the deliverable supports. */
    public record SupportedTopic(long id, boolean item, String label) {
    }

    /** Whether it is a TA event's deliverable, which is planned and recorded on the event, not here. */
    public boolean ofEvent() {
        return taEventId != null;
    }

    public List<Long> focusAreaIds() {
        return supports.stream().filter(s -> !s.item()).map(SupportedTopic::id).toList();
    }

    public List<Long> itemIds() {
        return supports.stream().filter(SupportedTopic::item).map(SupportedTopic::id).toList();
    }

    /** The plan as it stands, for editing. */
    public DeliverablePlan plan() {
        return new DeliverablePlan(type, title, description, providerOrgId, dueOn, scheduledOn,
                Set.copyOf(focusAreaIds()), Set.copyOf(itemIds()));
    }
}
