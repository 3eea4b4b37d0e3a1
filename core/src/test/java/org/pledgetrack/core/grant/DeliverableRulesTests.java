package org.pledgetrack.core.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DeliverableRulesTests {

    private static final LocalDate GRANT_START = LocalDate.of(2023, 10, 1);
    private static final LocalDate GRANT_END = LocalDate.of(2027, 9, 30);
    private static final LocalDate DUE = LocalDate.of(2026, 11, 15);

    @Test
    void openDeliverableIsOverdueOnlyAfterItsDueDate() {
        assertThat(DeliverableRules.isOverdue(DeliverableStatus.PLANNED, DUE, DUE)).isFalse();
        assertThat(DeliverableRules.isOverdue(DeliverableStatus.PLANNED, DUE, DUE.plusDays(1))).isTrue();
        assertThat(DeliverableRules.isOverdue(DeliverableStatus.SCHEDULED, DUE, DUE.plusDays(1))).isTrue();
    }

    @Test
    void deliveredAcceptedOrCancelledIsNeverOverdue() {
        LocalDate muchLater = DUE.plusYears(1);
        assertThat(DeliverableRules.isOverdue(DeliverableStatus.DELIVERED, DUE, muchLater)).isFalse();
        assertThat(DeliverableRules.isOverdue(DeliverableStatus.ACCEPTED, DUE, muchLater)).isFalse();
        assertThat(DeliverableRules.isOverdue(DeliverableStatus.CANCELLED, DUE, muchLater)).isFalse();
    }

    @Test
    void planWithScheduledDateIsScheduled() {
        assertThat(DeliverableRules.statusForPlan(null)).isEqualTo(DeliverableStatus.PLANNED);
        assertThat(DeliverableRules.statusForPlan(DUE)).isEqualTo(DeliverableStatus.SCHEDULED);
    }

    @Test
    void dueDateOutsideTheGrantPeriodIsRefused() {
        assertThatThrownBy(() -> DeliverableRules.validatePlan(plan(GRANT_END.plusDays(1)), GRANT_START, GRANT_END))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The due date must fall within the grant period (2023-10-01 to 2027-09-30).");
        assertThatThrownBy(() -> DeliverableRules.validatePlan(plan(GRANT_START.minusDays(1)), GRANT_START, GRANT_END))
                .isInstanceOf(IllegalArgumentException.class);
        DeliverableRules.validatePlan(plan(GRANT_END), GRANT_START, GRANT_END);
    }

    @Test
    void deliveredBeforeScheduledIsRefused() {
        DeliveryRecord early = delivery(LocalDate.of(2026, 11, 9), 20);
        assertThatThrownBy(() -> DeliverableRules.validateDelivery(early, LocalDate.of(2026, 11, 10), DUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The delivered date cannot be before the scheduled date (2026-11-10).");
        DeliverableRules.validateDelivery(delivery(LocalDate.of(2026, 11, 10), 20), LocalDate.of(2026, 11, 10), DUE);
    }

    @Test
    void negativeAttendeeCountIsRefused() {
        assertThatThrownBy(() -> DeliverableRules.validateDelivery(delivery(DUE, -1), null, DUE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The attendee count cannot be negative.");
    }

    @Test
    void ratingMustBeBetweenOneAndFive() {
        DeliveryRecord tooHigh = new DeliveryRecord(DUE, BigDecimal.ONE, 3, new BigDecimal("5.5"), null);
        assertThatThrownBy(() -> DeliverableRules.validateDelivery(tooHigh, null, DUE))
                .hasMessage("The participant rating must be between 1 and 5.");
        DeliveryRecord tooLow = new DeliveryRecord(DUE, BigDecimal.ONE, 3, new BigDecimal("0.9"), null);
        assertThatThrownBy(() -> DeliverableRules.validateDelivery(tooLow, null, DUE))
                .hasMessage("The participant rating must be between 1 and 5.");
    }

    @Test
    void deliveryCannotBeRecordedInTheFuture() {
        assertThatThrownBy(() -> DeliverableRules.validateDelivery(delivery(DUE.plusDays(1), 3), null, DUE))
                .hasMessage("The delivered date cannot be in the future.");
    }

    @Test
    void acceptedDeliverableCannotBeCancelled() {
        assertThatThrownBy(() -> DeliverableRules.requireStatus(DeliverableStatus.ACCEPTED, "cancelled",
                DeliverableStatus.PLANNED, DeliverableStatus.SCHEDULED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("A accepted deliverable cannot be cancelled.");
    }

    private static DeliverablePlan plan(LocalDate dueOn) {
        return new DeliverablePlan(DeliverableType.TRAINING, "Course", null, 1L, dueOn, null, Set.of(), Set.of());
    }

    private static DeliveryRecord delivery(LocalDate on, int attendees) {
        return new DeliveryRecord(on, new BigDecimal("8"), attendees, new BigDecimal("4.5"), "Went well");
    }
}
