package org.pledgetrack.core.authorization;

import java.util.EnumSet;
import java.util.Set;

import org.pledgetrack.core.security.CurrentUser;

/**
 * One line of the service matrix: a public method (by signature), how to call it on a target's
 * records, and which actors it lets through. A method that takes no user is listed with the
 * reason it needs none instead, so the table is complete on purpose.
 */
record MatrixRow(String method, String variant, Call call, Set<Actor> allowed, boolean takesRecordIds,
                 boolean tamperedIdIgnored, String internalReason) {

    /** Calls the method as {@code user} with ids from {@code target}. */
    @FunctionalInterface
    interface Call {
        void invoke(Services services, Target target, CurrentUser user) throws Exception;
    }

    static Set<Actor> allow(Actor... actors) {
        return actors.length == 0 ? EnumSet.noneOf(Actor.class) : EnumSet.copyOf(Set.of(actors));
    }

    static MatrixRow row(String method, Call call, Set<Actor> allowed) {
        return new MatrixRow(method, "", call, allowed, false, false, null);
    }

    /**
     * A method no view or API calls with a user: who calls it and why it needs no check of its
     * own (a job, a listener, the sign-in, the access policy itself, or public data).
     */
    static MatrixRow internal(String method, String reason) {
        return new MatrixRow(method, "", null, Set.of(), false, false, reason);
    }

    /** The call points at records by id, so it is also tried with another agency's and unknown ids. */
    MatrixRow onRecords() {
        return new MatrixRow(method, variant, call, allowed, true, false, internalReason);
    }

    /** Like {@link #onRecords()}, but a foreign id is ignored by design (no refusal, no effect). */
    MatrixRow onRecordsIgnoringForeignIds() {
        return new MatrixRow(method, variant, call, allowed, true, true, internalReason);
    }

    /** A second line for the same method, when different arguments need different rights. */
    MatrixRow variant(String name) {
        return new MatrixRow(method, name, call, allowed, takesRecordIds, tamperedIdIgnored, internalReason);
    }

    boolean isInternal() {
        return internalReason != null;
    }

    Outcome expectedFor(Actor actor) {
        return allowed.contains(actor) ? Outcome.ALLOW : Outcome.DENY;
    }

    Outcome expectedForTamperedIds() {
        return tamperedIdIgnored ? Outcome.ALLOW : Outcome.DENY;
    }

    String label() {
        return variant.isEmpty() ? method : method + " [" + variant + "]";
    }
}
