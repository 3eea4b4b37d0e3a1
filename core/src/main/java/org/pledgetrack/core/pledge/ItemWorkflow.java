package org.pledgetrack.core.pledge;

import static org.pledgetrack.core.pledge.ItemStatus.IN_PROGRESS;
import static org.pledgetrack.core.pledge.ItemStatus.NOT_STARTED;
import static org.pledgetrack.core.pledge.ItemStatus.RETURNED;
import static org.pledgetrack.core.pledge.ItemStatus.SUBMITTED;
import static org.pledgetrack.core.pledge.ItemStatus.VERIFIED;

import java.util.List;
import java.util.Optional;

/**
 * The status workflow of a pledge item: which status may follow which, who may make the move,
 * and what it needs. Agencies move their items up to SUBMITTED (with evidence); only reviewers
 * (assigned TA staff, admins) verify, return (with a comment) or reopen a verified item (with a
 * reason). {@link PledgeItemService} enforces it; views only use it to offer the allowed moves.
 */
public final class ItemWorkflow {

    /** Who makes a move: the agency reporting its progress, or a reviewer. */
    public enum Actor { AGENCY, REVIEWER }

    /** One allowed move. */
    public record Transition(ItemStatus from, ItemStatus to, Actor by, boolean needsEvidence, boolean needsReason) {
    }

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition(NOT_STARTED, IN_PROGRESS, Actor.AGENCY, false, false),
            new Transition(IN_PROGRESS, NOT_STARTED, Actor.AGENCY, false, false),
            new Transition(IN_PROGRESS, SUBMITTED, Actor.AGENCY, true, false),
            new Transition(RETURNED, IN_PROGRESS, Actor.AGENCY, false, false),
            new Transition(RETURNED, SUBMITTED, Actor.AGENCY, true, false),
            // the agency may take a submission back before it is reviewed
            new Transition(SUBMITTED, IN_PROGRESS, Actor.AGENCY, false, false),
            new Transition(SUBMITTED, VERIFIED, Actor.REVIEWER, false, false),
            new Transition(SUBMITTED, RETURNED, Actor.REVIEWER, false, true),
            // reopening a verified item sends it back to the agency with the reason
            new Transition(VERIFIED, RETURNED, Actor.REVIEWER, false, true));

    private ItemWorkflow() {
    }

    /** Evidence is fixed while a reviewer looks at it and after it was accepted. */
    public static boolean evidenceEditable(ItemStatus status) {
        return status != SUBMITTED && status != VERIFIED;
    }

    public static Optional<Transition> transition(ItemStatus from, ItemStatus to) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
    }

    /** The statuses this actor moves items to; the agency's and the reviewers' never overlap, so an item's history says who moved it. */
    public static List<ItemStatus> statusesMovedToBy(Actor by) {
        return TRANSITIONS.stream().filter(t -> t.by() == by).map(Transition::to).distinct().toList();
    }

    /** The statuses this actor may move an item to from {@code from}. */
    public static List<ItemStatus> nextStatuses(ItemStatus from, Actor by) {
        return TRANSITIONS.stream().filter(t -> t.from() == from && t.by() == by).map(Transition::to).toList();
    }

    /**
     * The move from {@code from} to {@code to}, checked for its preconditions. Who may make it is
     * the caller's check ({@link Transition#by()}).
     *
     * @throws IllegalArgumentException with a message for the user when the move is not allowed
     */
    public static Transition check(ItemStatus from, ItemStatus to, int activeEvidence, String reason) {
        Transition transition = transition(from, to).orElseThrow(() -> new IllegalArgumentException(
                "An item that is " + from.label().toLowerCase() + " cannot be set to " + to.label().toLowerCase() + "."));
        if (transition.needsEvidence() && activeEvidence == 0) {
            throw new IllegalArgumentException("Add at least one piece of evidence (a file or a link) before submitting.");
        }
        if (transition.needsReason() && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException(from == VERIFIED
                    ? "Say why the verified item is reopened."
                    : "Write a comment telling the agency what is missing.");
        }
        return transition;
    }
}
